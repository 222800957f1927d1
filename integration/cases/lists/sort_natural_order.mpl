fn main() do
  println("${List.sort([3, -1, 2, -7, 0])}")
  println("${List.sort(["pear", "Apple", "apple", "banana"])}")
  println("${List.sort([2.5, -0.5, 1.0])}")
  println("${List.sort([[2, 1], [1, 9], [1], []])}")
  println("${List.sort([(2, "b"), (1, "z"), (2, "a")])}")
  println("${List.sort([true, false, true])}")
end
