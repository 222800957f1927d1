fn inc(x :: Int) -> Int = x + 1

fn main() do
  let total = 1 +
    2 *
    3
  let piped = total
    # a comment line between pipe steps
    |> inc()
    |> inc()
  println("${total} ${piped}")
  let a = 5
  -3
  println("${a}")
end
