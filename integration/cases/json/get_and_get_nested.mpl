fn main() do
  let src = "{\"name\":\"kiwi\",\"n\":3,\"ok\":true,\"none\":null,\"tags\":[\"a\",1],\"inner\":{\"x\":{\"y\":2},\"s\":\"t\"}}"
  println(Json.get(src, "name") <> "|" <> Json.get(src, "n") <> "|" <> Json.get(src, "ok") <> "|" <> Json.get(src, "none") <> "|" <> Json.get(src, "missing") <> "|")
  println(Json.get(src, "tags") <> "|" <> Json.get(src, "inner"))
  println(Json.get_nested(src, "inner", "s") <> "|" <> Json.get_nested(src, "inner", "x") <> "|" <> Json.get_nested(src, "nope", "s") <> "|")
  println("[" <> Json.get("not json", "a") <> "]")
  case Json.parse(src) do
    Ok(j) -> println(Json.get(j, "name") <> " " <> Json.get_nested(j, "inner", "s"))
    Err(e) -> println(e)
  end
end
