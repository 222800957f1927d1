fn name(n :: Int) -> String do
  case n do
    0 -> "zero"
    1 -> "one"
  end
end

fn main() do
  println(name(1))
end
