fn swap_loop(a :: Int, b :: Int, n :: Int) -> String do
  if n == 0 do "${a} ${b}" else swap_loop(b, a, n - 1) end
end

fn main() do
  println(swap_loop(1, 2, 1000001))
  println(swap_loop(1, 2, 1000000))
end
