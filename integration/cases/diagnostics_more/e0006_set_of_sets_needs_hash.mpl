fn main() do
  let inner = Set.from_list([1])
  let outer = Set.from_list([inner])
  println("${Set.size(outer)}")
end
