fn main() do
  let xs = ["kiwi", "fig", "plum"]
  println("${List.head(xs)} ${List.tail(xs)} ${List.last(xs)}")
  println("${head([7])} ${tail([7])}")
  println("${List.last([-3])} ${List.tail(List.tail(xs))}")
end
