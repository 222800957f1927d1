fn build(n :: Int, acc :: List<Int>) -> List<Int> do
  if n == 0 do acc else build(n - 1, List.append(acc, n)) end
end

fn main() do
  let xs = build(200000, [])
  println("${List.length(xs)} ${List.head(xs)} ${List.last(xs)}")
  println("${List.reduce(xs, 0, fn a, x -> a + x end)}")
end
