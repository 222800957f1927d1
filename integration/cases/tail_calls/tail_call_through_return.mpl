fn find_first(n :: Int, limit :: Int) -> Int do
  if n * n > limit do
    return n
  end
  return find_first(n + 1, limit)
end

fn main() do
  println("${find_first(0, 1000000000000)}")
end
