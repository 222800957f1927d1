fn main() do
  println("out 1")
  eprintln("err 1")
  println("out 2")
  eprintln("err ${1 + 1}")
end
