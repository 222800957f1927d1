fn main() do
  let s :: Set<String> = Set.new()
  println("${s} ${Set.size(s)} ${Set.to_list(s)} ${Set.contains(s, "")}")
  println("${Set.union(s, s)} ${Set.intersection(s, s)} ${Set.difference(s, s)}")
end
