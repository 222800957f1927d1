fn main() do
  println("a"
end
