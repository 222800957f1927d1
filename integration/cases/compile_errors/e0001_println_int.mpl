fn main() do
  println(42)
end
