fn find_square_above(limit :: Int, i :: Int) -> Int do
  if i * i > limit do
    return i
  end
  find_square_above(limit, i + 1)
end

fn main() do
  println("${find_square_above(1000000000000, 1)}")
end
