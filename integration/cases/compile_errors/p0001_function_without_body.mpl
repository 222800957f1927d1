fn helper(x :: Int) -> Int

fn main() do
  println("x")
end
