# E0026 two impls of one interface for one type, and one for a built-in
interface Show do
  fn show(self) -> String
end

struct Tank do
  l :: Int
end

impl Show for Tank do
  fn show(self) -> String do "a" end
end

impl Show for Tank do
  fn show(self) -> String do "b" end
end

impl Eq for Int do
  fn eq(self, other :: Int) -> Bool do true end
end

fn main() do
  println("x")
end
