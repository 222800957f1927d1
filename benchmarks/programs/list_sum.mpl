# Build a 1,000,000-element list by appending, then sum it with a fold
# (references: reference/list_sum.c, reference/list_sum.go).
fn fill(i :: Int, n :: Int, xs :: List<Int>) -> List<Int> do
  if i == n do xs else fill(i + 1, n, List.append(xs, i * 3 % 1000)) end
end

fn main() do
  let xs = fill(0, 1000000, [])
  let total = List.reduce(xs, 0, fn acc, x -> acc + x end)
  println("${List.length(xs)} ${total}")
end
