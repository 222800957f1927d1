fn main() do
  let t = (10, 20, 30)
  println("${Tuple.nth(t, 0)} ${Tuple.nth(t, 2)}")
end
