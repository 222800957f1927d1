fn main() do
  let a = Set.from_list([5, 1, 4, 2])
  let b = Set.from_list([2, 9, 5, 7])
  println("${Set.union(a, b)}")
  println("${Set.intersection(a, b)} ${Set.intersection(b, a)}")
  println("${Set.difference(a, b)} ${Set.difference(b, a)}")
end
