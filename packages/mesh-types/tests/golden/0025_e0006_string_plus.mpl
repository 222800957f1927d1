# E0006 `+` on String, and nothing more for the right operand
fn main() do
  let s = "a" + 1
  println(s)
end
