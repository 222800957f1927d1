fn main() do
  let seen = Set.from_list([(1, "a"), (2, "b"), (1, "a")])
  println("${Set.size(seen)} ${Set.contains(seen, (2, "b"))} ${Set.contains(seen, (2, "a"))}")
  let words = Set.from_list(String.split("to be or not to be", " "))
  println("${words}")
end
