fn main() do
  let s = "  Hello, World  "
  println(s.trim().lower().replace("world", "mesh"))
  println("${s.trim().split(", ")} ${"abc".starts_with("a")}")
end
