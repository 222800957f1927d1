# E0007 impl lacks a method without default
interface Gauge do
  fn read(self) -> Int
  fn label(self) -> String do "g" end
end

struct Tank do
  l :: Int
end

impl Gauge for Tank do
  fn label(self) -> String do "t" end
end

fn main() do
  println("x")
end
