interface Scale do
  fn scale(self, by :: Int) -> Int
end

struct Box do
  n :: Int
end

impl Scale for Box do
  fn scale(self, by :: String) -> Int = self.n
end

fn main() do
  println("x")
end
