fn f(n :: Int) -> String do
  case n do
    x when (fn -> x > 1 end)() -> "big"
    _ -> "small"
  end
end

fn main() do
  println(f(3))
end
