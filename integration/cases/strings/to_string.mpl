fn main() do
  let a = 42.to_string()
  let b = (-7).to_string()
  let c = 2.5.to_string()
  let d = true.to_string()
  println(a <> " " <> b <> " " <> c <> " " <> d)
  println("${String.length(123456.to_string())}")
  println(0.1.to_string() <> "|" <> "text".to_string())
end
