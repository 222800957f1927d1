fn wait_one() -> Int do
  receive do
    n -> n
  end
end

fn main() do
  println("${wait_one()}")
end
