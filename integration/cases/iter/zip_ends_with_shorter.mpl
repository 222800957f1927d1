fn main() do
  let pairs = Iter.zip(Iter.from([1, 2, 3]), Iter.from(["a", "b"])) |> List.collect()
  println("${pairs}")
end
