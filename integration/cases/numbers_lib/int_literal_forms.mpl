fn main() do
  println("${1_000_000} ${0xff} ${0b1010} ${0o17} ${-0x10}")
end
