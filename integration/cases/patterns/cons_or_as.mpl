type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
end

fn summary(xs :: List<Shape>) -> String do
  case xs do
    [] -> "empty"
    Shape.Circle(r) :: _ when r > 10.0 -> "starts big"
    (Dot | Rect(_, _)) :: _ as all -> "${List.length(all)} shapes"
    _ :: _ -> "other"
  end
end

fn main() do
  println(summary([]))
  println(summary([Circle(11.0)]))
  println(summary([Dot, Circle(1.0)]))
  println(summary([Rect(1.0, 2.0)]))
  println(summary([Circle(1.0)]))
end
