fn main() do
  println("${42.0} ${1e21} ${-0.0} ${0.0}")
  println("${6e23}")
  println("${1.0e10} ${1.5 * 4.0} ${9007199254740992.0}")
  println("${1e16}")
end
