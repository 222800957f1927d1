fn pick(xs :: List<Int>) -> Int do
  let first = List.head(xs)?
  first
end

fn main() do
  println("${pick([1])}")
end
