fn main() do
  let t = (1, "a", (2.5, [true]), None)
  println("${t}")
  println(t.inspect())
end
