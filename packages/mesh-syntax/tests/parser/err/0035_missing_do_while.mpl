fn main() do
  while false
    println("never")
  end
  println("x")
end
