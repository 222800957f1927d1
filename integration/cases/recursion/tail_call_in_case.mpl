fn count(n :: Int, acc :: Int) -> Int do
  case n do
    0 -> acc
    _ when n % 2 == 0 -> count(n - 1, acc + 2)
    _ -> count(n - 1, acc + 1)
  end
end

fn countdown(n :: Int) do
  if n == 0 do
    println("liftoff")
  else
    let next = n - 1
    countdown(next)
  end
end

fn main() do
  println("${count(5000000, 0)}")
  countdown(4000000)
end
