fn main() do
  let a = Set.from_list([1, 2, 3])
  let b = Set.from_list([3, 2, 1])
  println("${a == b} ${a == Set.add(b, 4)} ${Set.add(a, 1) == a}")
end
