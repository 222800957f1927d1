fn main() do
  let t = (1,)
  println("x")
end
