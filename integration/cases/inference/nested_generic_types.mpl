fn index(xs :: List<(Int, String)>) -> Map<String, List<Int>> do
  List.reduce(xs, %{}, fn m, (n, s) -> Map.put(m, s, List.append(Map.get(m, s), n)) end)
end

fn main() do
  let m = index([(1, "a"), (2, "b"), (3, "a")])
  let found :: Option<List<Int>> = Map.fetch(m, "a")
  println("${m} ${found}")
end
