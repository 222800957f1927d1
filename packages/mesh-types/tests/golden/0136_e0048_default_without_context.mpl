# E0048: `default()` whose type nothing determines is not defaulted to Int (spec 03 §4.6)
fn main() do
  let d = default()
  let n :: Int = default()
  println("${n}")
end
