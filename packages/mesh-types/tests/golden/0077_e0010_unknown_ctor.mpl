# E0010 unknown constructor in a pattern, with did-you-mean
type Shape do
  Circle(Float)
  Square(Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circel(r) -> r
    Square(a) -> a * a
  end
end

fn main() do
  println("${area(Circle(1.0))}")
end
