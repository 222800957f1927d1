fn half(n :: Int) -> Int = Int.to_float(n) / 2.0

fn main() do
  println("${half(3)}")
end
