fn main() do
  let s = Set.from_list([3, 1, 3])
  let t = Set.add(Set.add(s, 7), 1)
  println("${s} ${Set.size(s)} ${t}")
  println("${Set.contains(t, 7)} ${Set.contains(t, 2)} ${Set.remove(t, 3)}")
  let u = Set.from_list([1, 9])
  println("${Set.union(t, u)} ${Set.intersection(t, u)} ${Set.difference(t, u)}")
  println("${Set.to_list(t)} ${Set.from_list(["b", "a", "b"])}")
end
