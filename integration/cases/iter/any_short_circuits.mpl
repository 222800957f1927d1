fn main() do
  let hit = Iter.from([1, 2, 3, 4])
    |> Iter.map(fn x do
      print("${x} ")
      x
    end)
    |> Iter.any(fn x -> x == 2 end)
  println("${hit}")
end
