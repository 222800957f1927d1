fn pick(xs :: List<Int>, i :: Int) -> Int do
  xs[i]
end

fn main() do
  println("${pick([1], 0)}")
  println("${pick([1], 1)}")
end
