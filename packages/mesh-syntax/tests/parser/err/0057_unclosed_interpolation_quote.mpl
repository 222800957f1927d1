fn main() do
  let n = 1
  println("n = ${n")
  println("after")
end
