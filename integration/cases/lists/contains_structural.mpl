fn main() do
  let words = ["kiwi", "fig"]
  let key = String.slice("xkiwix", 1, 5)
  println("${List.contains(words, key)} ${List.contains(words, "plum")}")
  println("${List.contains([[1, 2], [3]], [3])} ${List.contains([(1, "a")], (1, "b"))}")
  println("${List.contains([Some(2), None], None)}")
end
