fn main() do
  let xs = Range.map(0..100000, fn i -> i % 1000 end)
  let s = Set.from_list(xs)
  println("${Set.size(s)} ${Set.contains(s, 999)} ${Set.contains(s, 1000)}")
end
