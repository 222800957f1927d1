fn main() do
  let xs = [3, 0, 2]
  let rs = List.map(xs, fn d -> 10 % d end)
  println("${rs}")
end
