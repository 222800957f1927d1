fn main() do
  for s in ["", "{", "[1,]", "tru", "{\"a\" 1}", "1 2"] do
    case Json.parse(s) do
      Ok(_) -> println("parsed?")
      Err(e) -> println("${String.length(e) > 0} ${String.contains(e, "line 1")}")
    end
  end
  println("${Json.parse("")}")
end
