fn main() do
  println("${Iter.from([1, 2, 3]) |> Iter.take(0) |> List.collect()} ${Iter.from([1, 2, 3]) |> Iter.take(-1) |> List.collect()}")
  println("${Iter.from([1, 2, 3]) |> Iter.skip(2) |> List.collect()} ${Iter.from([1, 2, 3]) |> Iter.skip(5) |> List.collect()}")
  println("${Iter.from(0..10) |> Iter.skip(3) |> Iter.take(2) |> List.collect()}")
end
