type Shape do
  Circle(Float)
  Dot
end

fn main() do
  let s = Circle(1.0, 2.0)
  case s do
    Circle(_) -> println("circle")
    Dot -> println("dot")
  end
end
