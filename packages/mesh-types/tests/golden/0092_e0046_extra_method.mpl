# E0046 impl defines a method the interface does not declare
interface Gauge do
  fn read(self) -> Int
end

struct Tank do
  l :: Int
end

impl Gauge for Tank do
  fn read(self) -> Int do self.l end
  fn refill(self) -> Int do 0 end
end

fn main() do
  println("x")
end
