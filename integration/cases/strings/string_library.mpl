fn main() do
  let words = String.split("kiwi fig banana", " ")
  let sorted = List.sort(words, fn(a, b) -> String.length(a) - String.length(b) end)
  println(String.join(sorted, ","))
  println("${List.enumerate(sorted) |> List.length()}")
  println(String.upper("née") <> "|" <> String.trim("  x  ") <> "|")
  println("${String.split("a,,b", ",")} ${String.contains("hello", "ell")}")
end
