# E0001 `not` needs a Bool
fn main() do
  let x = not 5
  println("${x}")
end
