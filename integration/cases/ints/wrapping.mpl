fn main() do
  let max = 9223372036854775807
  let min = -9223372036854775808
  println("${max + 1}")
  println("${min - 1}")
  println("${3037000500 * 3037000500}")
  println("${-min}")
  println("${max * 2}")
end
