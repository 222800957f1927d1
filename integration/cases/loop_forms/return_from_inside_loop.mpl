fn first_over(xs :: List<Int>, limit :: Int) -> Int? do
  for x in xs do
    if x > limit do
      return Some(x)
    end
  end
  None
end

fn main() do
  println("${first_over([1, 5, 9], 4)} ${first_over([1], 4)}")
end
