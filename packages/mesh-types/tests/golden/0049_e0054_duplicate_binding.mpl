# E0054 name bound twice in a pattern
fn main() do
  let (a, a) = (1, 2)
  println("${a}")
end
