interface Shape do
  fn area(self) -> Float
  fn name(self) -> String
end

struct Square do
  side :: Float
end

impl Shape for Square do
  fn area(self) -> Float = self.side * self.side
end

fn main() do
  println("${Square { side: 2.0 }.area()}")
end
