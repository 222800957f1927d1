# E0005 calling an Int
fn main() do
  let n = 5
  println(n(3))
end
