fn main() do
  let a = "ab" <> "c"
  let b = "a" ++ "bc"
  println("${a == b} ${a != "abd"} ${"ab" < "abc"} ${"Z" < "a"} ${"é" > "z"}")
  println(a ++ "-" <> b)
end
