type Shape do
  Circle(Float)
  Square(Float)

fn main() do
  println("x")
end
