fn main() do
  let f = fn x -> x + 1 end
  let g = fn x -> x + 1 end
  println("${f == g}")
end
