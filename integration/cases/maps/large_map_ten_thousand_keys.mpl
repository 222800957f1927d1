fn fill(i :: Int, n :: Int, m :: Map<Int, Int>) -> Map<Int, Int> do
  if i == n do m else fill(i + 1, n, Map.put(m, i, i * i)) end
end

fn main() do
  let m = fill(0, 10000, %{})
  println("${Map.size(m)} ${Map.get(m, 9999)} ${Map.get(m, 123)}")
  let total = List.reduce(Map.values(m), 0, fn a, v -> a + v end)
  println("${total}")
  let smaller = List.reduce(Range.to_list(0..5000), m, fn acc, k -> Map.delete(acc, k) end)
  println("${Map.size(smaller)} ${List.head(Map.keys(smaller))}")
end
