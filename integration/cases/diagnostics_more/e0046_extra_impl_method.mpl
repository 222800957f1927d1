interface Named do
  fn name(self) -> String
end

struct G do
  level :: Int
end

impl Named for G do
  fn name(self) -> String = "g"
  fn extra(self) -> Int = 1
end

fn main() do
  println("x")
end
