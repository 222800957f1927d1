fn main() do
  let firsts = Iter.from([1, 2, 3, 4, 5])
    |> Iter.map(fn x do
      print("m${x} ")
      x * 10
    end)
    |> Iter.take(2)
    |> List.collect()
  println("")
  println("${firsts}")
end
