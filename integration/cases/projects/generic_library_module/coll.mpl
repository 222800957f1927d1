pub fn pairs<T>(xs :: List<T>) -> List<(T, T)> do
  List.zip(xs, List.drop(xs, 1))
end

pub fn largest<T>(xs :: List<T>) -> T where T: Ord do
  List.reduce(List.tail(xs), List.head(xs), fn acc, x -> if x > acc do x else acc end end)
end
