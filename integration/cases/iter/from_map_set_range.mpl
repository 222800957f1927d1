fn main() do
  println("${Iter.from(%{"a" => 1, "b" => 2}) |> List.collect()}")
  println("${Iter.from(Set.from_list([3, 1, 3])) |> List.collect()}")
  println("${Iter.from(2..5) |> List.collect()}")
end
