fn main() do
  println("hello)
end
