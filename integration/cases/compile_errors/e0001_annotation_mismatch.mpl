fn main() do
  let limit :: Int = "ten"
  println("${limit}")
end
