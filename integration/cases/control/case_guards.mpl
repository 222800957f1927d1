fn sign(n :: Int) -> String do
  case n do
    0 -> "zero"
    _ when n < 0 -> "negative"
    _ when n > 1000 -> "large"
    _ -> "positive"
  end
end

fn main() do
  println(sign(0))
  println(sign(-3))
  println(sign(5000))
  println(sign(5))
end
