fn main() do
  println("${1 + 2 * 3} ${(1 + 2) * 3} ${10 - 4 - 3} ${2 * 3 % 4}")
  let x = 5
  println("${-x} ${-x * 2} ${- -x} ${0 - x}")
  println("${100 / 7 * 7 + 100 % 7}")
end
