fn main() do
  let origin = Geo.Point { x: 0, y: 0 }
  let moved = %{origin | y: 5}
  let stock = %{"apples" => 12, "pears" => 0}
  let empty = %{}
  let pair = (:ok, [1, 2, 3])
  let body = json { status: "ok", kinds: Map.size(stock) }
  let unit = ()
  let n = nil
  let p = Point {
    x: 1
    y: 2
  }
  let first = xs[0]
  let size = load(path)?.size
  let color = Color.Red
  let c = Shape.Circle(1.0)
end
