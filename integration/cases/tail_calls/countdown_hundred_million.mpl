fn countdown(n :: Int) -> Int do
  if n == 0 do 0 else countdown(n - 1) end
end

fn main() do
  println("${countdown(100000000)}")
end
