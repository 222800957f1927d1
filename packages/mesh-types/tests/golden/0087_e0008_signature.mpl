# E0008 impl method signature differs from the interface
interface Gauge do
  fn read(self) -> Int
end

struct Tank do
  l :: Int
end

impl Gauge for Tank do
  fn read(self) -> String do "x" end
end

fn main() do
  println("x")
end
