struct P do
  x :: Int,
  y :: Int
end

fn main() do
  println("x")
end
