fn zero() -> Int = 0

fn main() do
  println("${7 % 2}")
  println("${7 % zero()}")
end
