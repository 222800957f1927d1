fn main() do
  let s = "héllo wörld"
  println(String.slice(s, 0, 5) <> "|" <> String.slice(s, 6, 11) <> "|")
  println(String.slice(s, -3, 2) <> "|" <> String.slice(s, 8, 100) <> "|")
  println(String.slice(s, 4, 2) <> "|" <> String.slice(s, 50, 60) <> "|" <> String.slice("", 0, 1) <> "|")
  println(String.slice("日本語", 1, 2))
end
