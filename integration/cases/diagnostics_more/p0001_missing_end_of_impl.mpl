struct P do
  x :: Int
end

impl Display for P do
  fn to_string(self) -> String do
    "p"
  end

fn main() do
  println("x")
end
