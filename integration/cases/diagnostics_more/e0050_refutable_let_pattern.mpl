fn main() do
  let (a, 0) = (1, 0)
  println("${a}")
end
