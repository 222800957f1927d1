# Loop-heavy: a self tail call taken 200 million times, in constant stack
# (reference: reference/tail_loop.c).
fn spin(n :: Int, acc :: Int) -> Int do
  if n == 0 do acc else spin(n - 1, acc + n % 7) end
end

fn main() do
  println("${spin(200000000, 0)}")
end
