# Allocation-heavy: build and measure many short interpolated strings.
fn churn(i :: Int, n :: Int, total :: Int) -> Int do
  if i == n do
    total
  else
    let s = "item ${i}: ${Int.to_float(i) / 3.0}"
    churn(i + 1, n, total + String.length(s))
  end
end

fn main() do
  println("${churn(0, 1000000, 0)}")
end
