fn main() do
  let evens = Iter.from(1..10) |> Iter.filter(fn x -> x % 2 == 0 end)
  let squares = for x in evens do x * x end
  println("${squares}")
end
