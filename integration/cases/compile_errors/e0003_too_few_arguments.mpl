fn add(a :: Int, b :: Int) -> Int = a + b

fn main() do
  println("${add(1)}")
end
