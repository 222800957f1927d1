fn main() do
  println("${0.1 + 0.2}")
  println("${100.0 / 3.0}")
  println("${1.5} ${0.1} ${2.5e-3} ${1e-7} ${3.14}")
  println("${1.0 / 3.0}")
  println("${0.000001234}")
end
