fn name(n :: Int) -> String do
  case n do
    0 -> "zero"
    1 -> "one"
    2 -> "two"
    -1 -> "minus one"
    _ -> "many"
  end
end

fn main() do
  println(name(0) <> " " <> name(1) <> " " <> name(2) <> " " <> name(-1) <> " " <> name(7))
end
