module Math do
  pub fn double(x :: Int) -> Int = x * 2

fn main() do
  println("${Math.double(2)}")
end
