fn f(n :: Int) -> String do
  case n do
    x when if x > 1 do true else false end -> "big"
    _ -> "small"
  end
end

fn main() do
  println(f(3))
end
