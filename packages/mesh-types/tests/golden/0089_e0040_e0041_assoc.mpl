# E0040 E0041 associated types missing and undeclared
interface Gauge do
  type Unit
  fn read(self) -> Self.Unit
end

struct Tank do
  l :: Int
end

impl Gauge for Tank do
  type Size = Int
  fn read(self) -> Int do self.l end
end

fn main() do
  println("x")
end
