# ok the minimum Int written with unary minus is valid
fn main() do
  let small = -9223372036854775808
  println("${small}")
end
