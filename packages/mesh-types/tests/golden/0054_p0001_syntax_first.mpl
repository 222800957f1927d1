# P0001 syntax errors stop checking
fn main() do
  let x = (1 +
  println(x)
end
