fn main() do
  println(String.to_upper("héllo wörld") <> " " <> String.upper("straße"))
  println(String.to_lower("ÀÉÎ ΣΟΦΊΑ") <> " " <> String.lower("MiXeD 123"))
  println(String.upper("") <> "|" <> String.lower("日本"))
end
