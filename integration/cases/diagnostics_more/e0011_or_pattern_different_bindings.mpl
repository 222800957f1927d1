fn f(t :: (Int, Int)) -> Int do
  case t do
    (a, 0) | (0, b) -> 1
    _ -> 0
  end
end

fn main() do
  println("${f((1, 0))}")
end
