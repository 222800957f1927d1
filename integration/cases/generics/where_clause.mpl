pub fn largest<T>(a :: T, b :: T) -> T where T: Ord do
  if a > b do a else b end
end

fn show_all<T>(xs :: List<T>) -> String where T: Display do
  String.join(List.map(xs, fn x -> "<${x}>" end), "")
end

fn main() do
  println("${largest(3, 7)} ${largest("pear", "apple")} ${largest(2.5, -1.0)}")
  println(show_all([1, 2]) <> show_all(["a"]))
end
