fn main() do
  let total = Iter.from(0..1000000)
    |> Iter.filter(fn x -> x % 3 == 0 end)
    |> Iter.map(fn x -> x * 2 end)
    |> Iter.sum()
  println("${total}")
end
