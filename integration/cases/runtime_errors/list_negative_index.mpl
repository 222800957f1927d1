fn main() do
  let xs = ["a", "b", "c"]
  println(xs[-1])
end
