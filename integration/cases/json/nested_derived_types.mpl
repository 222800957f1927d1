struct Point do
  x :: Int
  y :: Int
end deriving(Json, Display)

struct Path do
  name :: String
  points :: List<Point>
  meta :: Map<String, Int>
  best :: Option<Point>
end deriving(Json)

fn main() do
  let p = Path { name: "p", points: [Point { x: 1, y: 2 }], meta: %{"len" => 1}, best: Some(Point { x: 0, y: -1 }) }
  let text = Json.encode(p)
  println(text)
  case Path.from_json(text) do
    Ok(q) -> println("${q.points} ${q.meta} ${q.best}")
    Err(e) -> println(e)
  end
end
