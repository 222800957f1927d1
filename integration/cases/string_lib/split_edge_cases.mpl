fn main() do
  println("${String.split("a,,b", ",")} ${String.length(String.split("a,,b", ",")[1])}")
  println("${List.length(String.split("", ","))} ${String.split("abc", "")} ${String.split("", "")}")
  println("${String.split("x::y::", "::")} ${List.length(String.split("x::y::", "::"))}")
  println("${String.split("né日", "")}")
end
