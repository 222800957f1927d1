fn main() do
  let big = 9223372036854775808
  println("${big}")
end
