type Shape do
  Rect(w :: Float, h :: Float)
  Circle(radius :: Float)
end deriving(Display, Debug)

fn area(s :: Shape) -> Float do
  case s do
    Rect(w, h) -> w * h
    Circle(r) -> 3.0 * r * r
  end
end

fn main() do
  let s = Rect(2.0, 3.5)
  println("${s} ${s.inspect()} ${area(s)} ${area(Circle(1.0))}")
end
