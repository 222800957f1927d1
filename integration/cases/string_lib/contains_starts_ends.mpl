fn main() do
  let s = "mesh language"
  println("${String.contains(s, "lang")} ${String.contains(s, "xyz")} ${String.contains(s, "")} ${String.contains("", "")}")
  println("${String.starts_with(s, "mesh")} ${String.starts_with(s, "lang")} ${String.starts_with(s, "")}")
  println("${String.ends_with(s, "age")} ${String.ends_with(s, "mesh")} ${String.ends_with("é", "é")}")
end
