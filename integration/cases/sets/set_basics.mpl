fn main() do
  let s = Set.add(Set.add(Set.add(Set.new(), 3), 1), 3)
  println("${s} ${Set.size(s)} ${Set.contains(s, 1)} ${Set.contains(s, 2)}")
  println("${Set.remove(s, 3)} ${Set.remove(s, 99)} ${s}")
end
