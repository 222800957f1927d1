fn main() do
  let x = 1
  x = 2
  println("${x}")
end
