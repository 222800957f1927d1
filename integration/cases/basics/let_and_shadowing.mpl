fn main() do
  let x = 1
  let y :: Int = x + 10
  let x = x + 1
  println("${x} ${y}")
  let x = "now a string"
  println(x)
end
