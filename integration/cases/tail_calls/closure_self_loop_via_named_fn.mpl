fn apply_n(f :: Fun(Int) -> Int, n :: Int, x :: Int) -> Int do
  if n == 0 do x else apply_n(f, n - 1, f(x)) end
end

fn main() do
  let step = fn x -> (x * 3 + 1) % 1000003 end
  println("${apply_n(step, 10000000, 1)}")
end
