interface A do
  fn name(self) -> String
end

interface B do
  fn name(self) -> String
end

struct T do
  id :: Int
end

impl A for T do
  fn name(self) -> String = "a"
end

impl B for T do
  fn name(self) -> String = "b"
end

fn main() do
  println(T { id: 1 }.name())
end
