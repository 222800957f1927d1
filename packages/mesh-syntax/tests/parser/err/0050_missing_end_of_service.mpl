service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call get() :: Int do |n|
    (n, n)
  end

fn main() do
  println("x")
end
