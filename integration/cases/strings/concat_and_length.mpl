fn main() do
  let s = "foo" <> "bar" ++ "baz"
  println(s)
  println("${String.length(s)} ${String.length("")} ${String.length("née")}")
  println("${String.length("\u{1F600}!")}")
  let empty = ""
  println("[" <> empty <> "]")
end
