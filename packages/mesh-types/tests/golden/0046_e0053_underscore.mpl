# E0053 `_` as a value
fn main() do
  let x = _
  println("${x}")
end
