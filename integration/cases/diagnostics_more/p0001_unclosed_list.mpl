fn main() do
  let xs = [1, 2,
  println("x")
end
