fn double(x :: Int) -> Int = x * 2
fn add(a :: Int, b :: Int) -> Int = a + b

fn main() do
  println("${5 |> double()}")
  println("${5 |> double}")
  println("${3 |> add(10) |> double()}")
  let r = 1
    |> add(1)
    |> double()
    |> add(100)
  println("${r}")
end
