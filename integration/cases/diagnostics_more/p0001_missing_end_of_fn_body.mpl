fn helper(x :: Int) -> Int do
  let y = x * 2
  y + 1

fn main() do
  println("${helper(2)}")
end
