fn main() do
  let v = if 1 < 2 do 1 else "one" end
  println("${v}")
end
