fn main() do
  println("${Math.pi}")
  println("${Math.pow(2.0, 10.0)} ${Math.pow(2.0, 0.5)} ${Math.pow(2.0, -1.0)} ${Math.pow(0.0, 0.0)}")
  println("${Math.sqrt(16.0)} ${Math.sqrt(2.0)} ${Math.sqrt(-1.0)} ${Math.sqrt(0.0)}")
end
