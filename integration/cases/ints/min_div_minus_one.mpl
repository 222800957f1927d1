fn main() do
  let min = -9223372036854775808
  println("${min / -1}")
  println("${min % -1}")
  println("${min / 1} ${min % 2}")
end
