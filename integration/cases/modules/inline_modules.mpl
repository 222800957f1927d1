module Units do
  pub fn km(m :: Float) -> Float = m / 1000.0

  fn private_helper() -> Int = 3

  module Deep do
    pub fn twice(x :: Int) -> Int = x * 2
  end
end

fn main() do
  println("${Units.km(2500.0)} ${Units.Deep.twice(4)} ${Units.private_helper()}")
end
