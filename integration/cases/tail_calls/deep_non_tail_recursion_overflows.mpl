fn depth(n :: Int) -> Int do
  if n == 0 do 0 else 1 + depth(n - 1) end
end

fn main() do
  println("${depth(1000)}")
  println("${depth(100000000)}")
end
