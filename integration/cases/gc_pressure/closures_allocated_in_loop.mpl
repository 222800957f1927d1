fn go(n :: Int, acc :: Int) -> Int do
  if n == 0 do acc else
    let f = fn x -> x + n end
    go(n - 1, f(acc) - n + 1)
  end
end

fn main() do
  println("${go(5000000, 0)}")
end
