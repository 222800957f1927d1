# String building: 1,000,000 interpolations, each measured and dropped
# (references: reference/strings.c, reference/strings.go).
fn build(i :: Int, n :: Int, total :: Int) -> Int do
  if i == n do
    total
  else
    let s = "item ${i}: ${i * 7 % 1000} of ${n}"
    build(i + 1, n, total + String.length(s))
  end
end

fn main() do
  println("${build(0, 1000000, 0)}")
end
