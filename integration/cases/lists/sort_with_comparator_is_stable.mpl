fn main() do
  let words = ["pear", "fig", "kiwi", "date", "yam", "apple"]
  let by_len = List.sort(words, fn a, b -> String.length(a) - String.length(b) end)
  println("${by_len}")
  let desc = List.sort([3, 1, 2, 5], fn a, b -> b - a end)
  println("${desc}")
end
