# E0001 `and` needs Bool operands
fn main() do
  let ok = 1 and true
  println("${ok}")
end
