fn main()
  println("x")
end
