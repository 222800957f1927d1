struct G do
  level :: Int
end

impl Printable for G do
  fn print_me(self) -> String = "g"
end

fn main() do
  println("x")
end
