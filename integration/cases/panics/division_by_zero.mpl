fn ratio(a :: Int, b :: Int) -> Int = a / b

fn main() do
  println("start")
  println("${ratio(7, 0)}")
  println("unreachable")
end
