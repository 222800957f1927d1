struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display)

struct Tagged do
  label :: String
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = %{p | y: 5}
  println("${p} ${q} ${p.x + q.y}")
  println("${p == Point { x: 1, y: 2 }} ${p == q}")
  let t = Tagged { label: "hot" }
  println("${t}")
end
