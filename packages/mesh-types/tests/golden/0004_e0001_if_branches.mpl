# E0001 the other if branch is the origin
fn main() do
  let x = if true do 1 else "one" end
  println("${x}")
end
