# Build a 1,000,000-entry map by inserting, then sum it by looking every key up
# (reference: reference/map_sum.go).
fn fill(i :: Int, n :: Int, m :: Map<Int, Int>) -> Map<Int, Int> do
  if i == n do m else fill(i + 1, n, Map.put(m, i, i * 3 % 1000)) end
end

fn lookup(m :: Map<Int, Int>, i :: Int, n :: Int, acc :: Int) -> Int do
  if i == n do acc else lookup(m, i + 1, n, acc + Map.get(m, i)) end
end

fn main() do
  let m = fill(0, 1000000, Map.new())
  println("${Map.size(m)} ${lookup(m, 0, 1000000, 0)}")
end
