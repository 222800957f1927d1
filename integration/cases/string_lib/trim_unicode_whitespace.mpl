fn main() do
  println("[" <> String.trim("  \t hi there \n ") <> "]")
  println("[" <> String.trim("\u{00A0}\u{2003}x\u{3000}") <> "]")
  println("[" <> String.trim("   ") <> "][" <> String.trim("") <> "]")
end
