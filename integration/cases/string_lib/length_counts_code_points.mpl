fn main() do
  println("${String.length("héllo")} ${String.length("")} ${String.length("日本語")} ${String.length("🎉a")}")
  println("${"née".length()}")
end
