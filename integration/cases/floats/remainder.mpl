fn main() do
  println("${5.5 % 2.0} ${-5.5 % 2.0} ${5.5 % -2.0}")
  println("${1.0 % 0.0}")
end
