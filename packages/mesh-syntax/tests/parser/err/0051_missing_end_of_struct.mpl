struct Point do
  x :: Int
  y :: Int

fn main() do
  println("x")
end
