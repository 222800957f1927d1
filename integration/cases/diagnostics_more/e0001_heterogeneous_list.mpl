fn main() do
  let xs = [1, "two"]
  println("${xs}")
end
