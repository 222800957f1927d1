interface Named do
  fn name(self) -> String
  fn greet(self) -> String do "hello, " <> self.name() end
end

struct Dog do
  n :: String
end

impl Named for Dog do
  fn name(self) -> String = self.n
end

fn main() do
  println(Dog { n: "rex" }.greet())
end
