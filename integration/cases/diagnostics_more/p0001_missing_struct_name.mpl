struct do
  x :: Int
end

fn main() do
  println("x")
end
