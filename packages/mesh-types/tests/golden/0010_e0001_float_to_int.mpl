# E0001 Float where Int expected, with the conversion help
fn half(n :: Int) -> Int = n / 2

fn main() do
  println("${half(3.5)}")
end
