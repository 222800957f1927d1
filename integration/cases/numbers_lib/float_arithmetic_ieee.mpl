fn main() do
  println("${5.5 % 2.0} ${-5.5 % 2.0} ${1.0 % 0.0}")
  println("${1.0 / 0.0} ${-1.0 / 0.0} ${0.0 / 0.0} ${-0.0}")
  let nan = 0.0 / 0.0
  println("${nan == nan} ${nan != nan} ${nan < 1.0} ${nan > 1.0} ${0.0 == -0.0} ${compare(nan, 1.0)}")
end
