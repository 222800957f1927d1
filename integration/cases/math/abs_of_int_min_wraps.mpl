fn main() do
  let lowest = -9223372036854775807 - 1
  println("${Math.abs(lowest)} ${Math.abs(lowest) == lowest}")
end
