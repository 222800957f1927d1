# ok multi-clause functions with guards and annotations on later clauses
fn describe(0) -> String = "none"
fn describe(n) when n < 0 = "debt"
fn describe(n :: Int) do
  "${n} coins"
end

fn main() do
  println(describe(0) <> describe(-1) <> describe(5))
end
