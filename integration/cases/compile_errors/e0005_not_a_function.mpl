fn main() do
  let x = 5
  println("${x(1)}")
end
