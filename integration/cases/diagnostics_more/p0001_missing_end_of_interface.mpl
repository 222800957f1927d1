interface Describe do
  fn describe(self) -> String

struct P do
  x :: Int
end

fn main() do
  println("x")
end
