fn main() do
  let xs = ["née", "日本", "ü"]
  println("${xs} ${List.map(xs, fn s -> String.length(s) end)}")
  println("${List.sort(xs)}")
end
