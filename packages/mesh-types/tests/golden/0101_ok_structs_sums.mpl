# ok structs, sums, patterns and closures
struct Point do
  x :: Int
  y :: Int
end

type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
end

fn area(s) do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
  end
end

fn main() do
  let p = %{Point { x: 1, y: 2 } | y: 3}
  let shapes = [Circle(1.0), Shape.Rect(2.0, 3.0)]
  let areas = List.map(shapes, fn s -> area(s) end)
  let big = for a in areas when a > 2.0 do a end
  println("${p.y} ${areas} ${big}")
end
