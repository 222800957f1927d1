fn main() do
  let n = 5
  let m = %{n | x: 1}
  println("x")
end
