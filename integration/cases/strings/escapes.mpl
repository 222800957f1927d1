fn main() do
  println("tab\there")
  println("quote \"q\" and it\'s")
  println("back\\slash")
  println("dollar \${not} interpolated, \$5")
  println("check \u{2713} \u{1F600} \u{e9}")
  println("two\nlines")
  println("cr\rx")
end
