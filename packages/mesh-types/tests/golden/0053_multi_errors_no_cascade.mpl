# E0004 E0001 one diagnostic per root cause
fn main() do
  let a = missing_fn(1)
  let b = a + 1
  let c = b.to_string()
  println(c)
  let d :: Int = "x"
  println("${d}")
end
