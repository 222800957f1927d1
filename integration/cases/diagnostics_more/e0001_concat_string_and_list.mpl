fn main() do
  let s = "a" <> [1]
  println(s)
end
