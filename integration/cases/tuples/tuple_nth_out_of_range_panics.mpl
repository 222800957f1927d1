fn main() do
  let t = (1, 2)
  println("${Tuple.nth(t, 1)}")
  println("${Tuple.nth(t, 2)}")
end
