type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
end deriving(Json, Eq, Display)

fn main() do
  println(Json.encode(Circle(1.5)))
  println(Json.encode(Rect(2.0, 3.0)))
  println(Json.encode(Dot))
  println(Json.encode([Dot, Circle(0.5)]))
  case Shape.from_json("{\"tag\":\"Rect\",\"fields\":[1,2.5]}") do
    Ok(s) -> println("${s}")
    Err(e) -> println(e)
  end
end
