from Shapes import Shape, Point, area, origin
import Shapes

fn describe(s :: Shape) -> String do
  case s do
    Circle(r) -> "circle ${r}"
    Rect(w, h) -> "rect ${w}x${h}"
    Shape.Dot -> "dot"
  end
end

fn main() do
  let shapes = [Circle(1.0), Rect(2.0, 3.0), Shape.Dot]
  println("${List.map(shapes, fn s -> describe(s) end)}")
  println("${List.map(shapes, area)}")
  let p = Point { x: 1, y: 2 }
  println("${p} ${origin()} ${%{p | x: 5}}")
end
