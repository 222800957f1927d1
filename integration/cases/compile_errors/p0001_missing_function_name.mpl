fn (x :: Int) -> Int = x

fn main() do
  println("x")
end
