fn swap_loop(n :: Int, a :: Int, b :: Int) -> String do
  if n == 0 do "${a} ${b}" else swap_loop(n - 1, b, a) end
end

fn fib(n :: Int, a :: Int, b :: Int) -> Int do
  if n == 0 do a else fib(n - 1, b, a + b) end
end

fn main() do
  println(swap_loop(5, 1, 2) <> " / " <> swap_loop(1000001, 1, 2))
  println("${fib(90, 0, 1)}")
end
