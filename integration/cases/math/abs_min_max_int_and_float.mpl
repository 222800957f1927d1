fn main() do
  println("${Math.abs(-5)} ${Math.abs(5)} ${Math.abs(0)} ${Math.abs(-2.5)} ${Math.abs(-0.0)}")
  println("${Math.min(3, -4)} ${Math.max(3, -4)} ${Math.min(1.5, 2.5)} ${Math.max(-1.5, -2.5)}")
end
