struct Pos do
  x :: Int
  y :: Int
end

fn main() do
  let grid = %{(0, 0) => "origin", (1, -1) => "se"}
  println("${Map.get(grid, (1, -1))} ${Map.has_key(grid, (1, 1))}")
  let cells = Map.put(Map.new(), Pos { x: 2, y: 3 }, 5)
  println("${Map.fetch(cells, Pos { x: 2, y: 3 })} ${Map.fetch(cells, Pos { x: 3, y: 2 })}")
end
