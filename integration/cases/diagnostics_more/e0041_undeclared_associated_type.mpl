interface Named do
  fn name(self) -> String
end

struct G do
  level :: Int
end

impl Named for G do
  type Unit = Int
  fn name(self) -> String = "g"
end

fn main() do
  println("x")
end
