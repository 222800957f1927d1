fn double(x :: Integer) -> Int = x * 2

fn main() do
  println("${double(2)}")
end
