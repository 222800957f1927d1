# E0001 annotation origin
fn main() do
  let limit :: Int = "ten"
  println("${limit}")
end
