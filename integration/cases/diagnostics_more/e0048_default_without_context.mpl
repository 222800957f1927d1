fn main() do
  let d = default()
  println("x")
end
