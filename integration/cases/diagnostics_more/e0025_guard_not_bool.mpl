fn f(n :: Int) -> String do
  case n do
    x when x + 1 -> "odd"
    _ -> "other"
  end
end

fn main() do
  println(f(3))
end
