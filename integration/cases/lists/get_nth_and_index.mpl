fn main() do
  let xs = [10, 20, 30]
  println("${List.get(xs, 0)} ${List.nth(xs, 2)} ${xs[1]}")
  let names = ["a", "b"]
  println(names[1] <> names[0])
end
