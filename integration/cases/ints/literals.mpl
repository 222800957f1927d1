fn main() do
  println("${1_000_000} ${0xff} ${0XFF_FF} ${0b1010} ${0o17} ${007}")
  println("${9223372036854775807}")
end
