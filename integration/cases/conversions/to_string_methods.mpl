fn main() do
  println(42.to_string() <> " " <> (-1.5).to_string() <> " " <> false.to_string() <> " " <> [1].to_string())
  println("${42.to_string().length()}")
end
