fn main() do
  let x = )
  println("${x}")
end
