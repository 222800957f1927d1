type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Dot
end deriving(Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Dot -> 0.0
  end
end

fn main() do
  let shapes = [Circle(1.5), Rect(2.0, 3.0), Dot, Shape.Circle(2.0)]
  for s in shapes do
    println("${s}: ${area(s)}")
  end
end
