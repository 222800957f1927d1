# E0030 no such method on Int
fn main() do
  let n = 5
  println(n.shout())
end
