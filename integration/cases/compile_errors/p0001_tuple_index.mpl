fn main() do
  let t = (1, 2)
  println("${t.0}")
end
