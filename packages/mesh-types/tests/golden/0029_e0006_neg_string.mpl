# E0006 unary minus on String
fn main() do
  let s = -"a"
  println(s)
end
