interface Meter do
  type Unit
  fn read(self) -> Self.Unit
end

struct G do
  level :: Int
end

impl Meter for G do
  fn read(self) -> Int = self.level
end

fn main() do
  println("x")
end
