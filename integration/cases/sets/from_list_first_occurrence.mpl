fn main() do
  let s = Set.from_list(["b", "a", "b", "c", "a"])
  println("${s} ${Set.to_list(s)} ${Set.size(s)}")
end
