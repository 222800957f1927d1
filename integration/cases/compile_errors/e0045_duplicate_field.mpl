struct Point do
  x :: Int
  x :: Int
end

fn main() do
  println("x")
end
