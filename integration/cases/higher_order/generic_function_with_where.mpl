fn loudest<T>(items :: List<T>) -> String where T: Display do
  List.reduce(items, "", fn acc, x -> acc <> x.to_string() <> "!" end)
end

pub fn largest<T>(a :: T, b :: T) -> T where T: Ord do
  if a > b do a else b end
end

fn main() do
  println(loudest([1, 2]))
  println(loudest(["a"]))
  println("${largest(3, 9)} ${largest("pear", "apple")} ${largest([1, 2], [1])}")
end
