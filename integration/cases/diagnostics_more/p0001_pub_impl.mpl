struct P do
  x :: Int
end

pub impl Display for P do
  fn to_string(self) -> String = "p"
end

fn main() do
  println("x")
end
