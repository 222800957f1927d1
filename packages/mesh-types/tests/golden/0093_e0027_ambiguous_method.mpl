# E0027 a method provided by two interfaces
interface Named do
  fn name(self) -> String
end

interface Titled do
  fn name(self) -> String
end

struct Tank do
  l :: Int
end

impl Named for Tank do
  fn name(self) -> String do "n" end
end

impl Titled for Tank do
  fn name(self) -> String do "t" end
end

fn main() do
  println(Tank { l: 1 }.name())
end
