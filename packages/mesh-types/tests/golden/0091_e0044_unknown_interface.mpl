# E0044 impl of an unknown interface and an unknown bound
struct Tank do
  l :: Int
end

impl Showable for Tank do
  fn show(self) -> String do "a" end
end

fn f<T>(x :: T) -> Int where T: Printable = 1

fn main() do
  println("x")
end
