fn main() do
  let xs :: List<String> = []
  println(List.last(xs))
end
