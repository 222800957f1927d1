fn sub(a :: Int, b :: Int) -> Int = a - b
fn three(a :: String, b :: String, c :: String) -> String = a <> b <> c

fn main() do
  println("${3 |2> sub(10)}")
  println("${3 |1> sub(10)}")
  println("x" |2> three("a", "c"))
  println("x" |3> three("a", "b"))
  println("${10 |2> sub(1) |> sub(4)}")
end
