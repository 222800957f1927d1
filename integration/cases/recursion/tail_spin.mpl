fn spin(n :: Int, acc :: Int) -> Int do
  if n == 0 do acc else spin(n - 1, acc + n % 7) end
end

fn main() do
  println("${spin(3000000, 0)}")
end
