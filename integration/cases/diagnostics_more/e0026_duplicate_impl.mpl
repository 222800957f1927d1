struct P do
  x :: Int
end deriving()

impl Display for P do
  fn to_string(self) -> String = "a"
end

impl Display for P do
  fn to_string(self) -> String = "b"
end

fn main() do
  println("${P { x: 1 }}")
end
