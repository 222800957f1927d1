# E0006 arithmetic on Bool
fn main() do
  let b = true * false
  println("${b}")
end
