# Builds and drops 100 million small objects -- a 2-element list and a short
# string in each of 50 million steps; only a running total survives, so the
# heap must stay bounded (goal: peak RSS < 64 MB; reference: reference/alloc_churn.c).
fn churn(i :: Int, n :: Int, total :: Int) -> Int do
  if i == n do
    total
  else
    let pair = [i, i + 1]
    let label = "n${i % 1000}"
    churn(i + 1, n, total + List.length(pair) + String.length(label))
  end
end

fn main() do
  println("${churn(0, 50000000, 0)}")
end
