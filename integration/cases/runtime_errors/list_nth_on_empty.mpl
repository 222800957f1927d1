fn main() do
  let xs :: List<Int> = []
  println("${List.nth(xs, 0)}")
end
