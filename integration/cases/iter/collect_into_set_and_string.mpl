fn main() do
  println("${Iter.from([2, 1, 2, 3]) |> Set.collect()}")
  println(Iter.from(["ab", "c", "d"]) |> String.collect())
  println(Iter.from(String.split("x,y", ",")) |> Iter.map(fn s -> String.upper(s) end) |> String.collect())
end
