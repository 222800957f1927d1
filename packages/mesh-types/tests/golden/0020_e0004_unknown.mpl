# E0004 unknown name with a suggestion
fn main() do
  let count = 3
  println("${cuont}")
end
