fn main() do
  let xs :: List<Int> = []
  println("${List.tail(xs)}")
end
