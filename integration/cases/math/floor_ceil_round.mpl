fn main() do
  println("${Math.floor(2.7)} ${Math.floor(-2.1)} ${Math.ceil(2.1)} ${Math.ceil(-2.7)} ${Math.floor(3.0)}")
  println("${Math.round(2.5)} ${Math.round(-2.5)} ${Math.round(0.5)} ${Math.round(2.4)} ${Math.round(-0.4)} ${Math.round(1.5)}")
end
