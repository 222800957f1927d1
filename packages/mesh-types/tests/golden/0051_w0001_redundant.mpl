# W0001 arm after a catch-all
fn rate(n :: Int) -> Int do
  case n do
    0 -> 0
    _ -> 1
    2 -> 2
  end
end

fn main() do
  println("${rate(2)}")
end
