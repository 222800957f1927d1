fn main() do
  let xs = [1, 2, 3
  println("${xs}")
end
