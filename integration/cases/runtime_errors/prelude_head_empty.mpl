fn main() do
  let xs :: List<Int> = List.filter([1, 2], fn x -> x > 5 end)
  println("${head(xs)}")
end
