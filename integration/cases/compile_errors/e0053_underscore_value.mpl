fn main() do
  let x = _
  println("${x}")
end
