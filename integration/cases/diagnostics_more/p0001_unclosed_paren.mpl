fn main() do
  let x = (1 + 2
  println("${x}")
end
