fn main() do
  let words = String.split("the cat and the hat and the bat", " ")
  let counts = List.reduce(words, %{}, fn m, w -> Map.put(m, w, Map.get(m, w) + 1) end)
  println("${counts}")
  println("${counts["the"]} ${counts["dog"]}")
end
