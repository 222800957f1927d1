fn main() do
  println("${List.flat_map([1, 2, 3], fn x -> List.take([x, x, x], x) end)}")
  println("${List.flatten([[1], [], [2, 3]])}")
  println("${List.flatten([[[1]], [[2], []]])}")
end
