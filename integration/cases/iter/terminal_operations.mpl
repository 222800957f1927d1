fn main() do
  println("${Iter.from([4, 5, 6]) |> Iter.count()} ${Iter.from([4, 5, 6]) |> Iter.sum()} ${Iter.from([1.5, 2.0]) |> Iter.sum()}")
  let empty :: List<Int> = []
  println("${Iter.from(empty) |> Iter.sum()} ${Iter.from(empty) |> Iter.count()}")
  println("${Iter.from([1, 3, 4]) |> Iter.any(fn x -> x % 2 == 0 end)} ${Iter.from([1, 3, 4]) |> Iter.all(fn x -> x > 0 end)}")
  println("${Iter.from([1, 3, 4]) |> Iter.find(fn x -> x > 1 end)} ${Iter.from([1, 3]) |> Iter.find(fn x -> x > 5 end)}")
  println("${Iter.from(["a", "b", "c"]) |> Iter.reduce("", fn acc, s -> s <> acc end)}")
end
