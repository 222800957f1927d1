fn ratio(a :: Int, b :: Int) -> Int do
  let scaled = a * 10
  scaled / b
end

fn main() do
  println("${ratio(1, 1)}")
  println("${ratio(7, 0)}")
end
