fn main() do
  let grid = [[1, 2], [], [3]]
  println("${grid} ${List.length(grid)}")
  println(grid.inspect())
  println(["a", "b\n"].inspect())
end
