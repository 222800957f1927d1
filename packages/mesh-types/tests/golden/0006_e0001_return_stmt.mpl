# E0001 `return` value against the declared return type
fn check(n :: Int) -> Int do
  if n < 0 do
    return "negative"
  end
  n
end

fn main() do
  println("${check(1)}")
end
