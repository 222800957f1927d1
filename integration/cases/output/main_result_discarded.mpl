fn main() do
  println("x")
  42
end
