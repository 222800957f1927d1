fn main() do
  let n = 1
  println("n = ${n + 1
end
