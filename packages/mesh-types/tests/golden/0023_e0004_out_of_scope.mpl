# E0004 a binding does not outlive its block
fn main() do
  if true do
    let inner = 1
    println("${inner}")
  end
  println("${inner}")
end
