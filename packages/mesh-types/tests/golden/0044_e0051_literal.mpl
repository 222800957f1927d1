# E0051 integer literal too large
fn main() do
  let big = 9223372036854775808
  println("${big}")
end
