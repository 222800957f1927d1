# E0001 right operand differs from the left one
fn main() do
  let total = 1 + 2.5
  println("${total}")
end
