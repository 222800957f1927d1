fn check(n :: Int) -> String do
  case n do
    x when 10 / x > 1 -> "small"
    _ -> "other"
  end
end

fn main() do
  println(check(2))
  println(check(0))
end
