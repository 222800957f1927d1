fn main() do
  println("no end")
