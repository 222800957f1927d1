fn main() do
  let max = 9223372036854775807
  println("${max + 1} ${max * 2} ${-max - 2}")
  let min = -max - 1
  println("${min / -1} ${min % -1} ${-min}")
end
