# Float formatting: 1,000,000 interpolations of a Float (shortest round-trip
# digits), each measured and dropped (reference: reference/float_strings.go).
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
