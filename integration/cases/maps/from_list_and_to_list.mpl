fn main() do
  let m = Map.from_list([("a", 1), ("b", 2), ("a", 3)])
  println("${m} ${Map.size(m)}")
  println("${Map.to_list(m)}")
  let e :: List<(Int, Int)> = []
  println("${Map.from_list(e)}")
end
