pub type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
end deriving(Eq, Display)

pub struct Point do
  x :: Int
  y :: Int
end deriving(Display)

pub fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Dot -> 0.0
  end
end

pub fn origin() -> Point = Point { x: 0, y: 0 }
