fn main() do
  let n = 5
  println("${n.frobnicate()}")
end
