fn describe_max<T>(xs :: List<T>) -> String where T: Display, T: Ord do
  let best = List.reduce(List.tail(xs), List.head(xs), fn acc, x -> if x > acc do x else acc end end)
  "max ${best} of ${List.length(xs)}"
end

fn main() do
  println(describe_max([3, 7, 2]))
  println(describe_max(["kiwi", "apple"]))
end
