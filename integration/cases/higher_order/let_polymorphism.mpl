fn main() do
  let pair_with = fn x -> (x, x) end
  let a = pair_with(3)
  let b = pair_with("yo")
  println("${a} ${b}")
end
