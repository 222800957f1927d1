fn kind(j :: Json) -> String do
  case j do
    JsonNull -> "null"
    JsonBool(b) -> "bool ${b}"
    JsonInt(n) -> "int ${n}"
    JsonFloat(f) -> "float ${f}"
    JsonString(s) -> "string ${s}"
    JsonArray(xs) -> "array of ${List.length(xs)}"
    JsonObject(m) -> "object ${Map.keys(m)}"
  end
end

fn main() do
  let inputs = ["null", "true", " 42 ", "-1.5e2", "3.0", "\"h\\u00e9\"", "[1, [2], {}]", "{\"b\": 1, \"a\": 2, \"b\": 3}"]
  for s in inputs do
    case Json.parse(s) do
      Ok(j) -> println(kind(j))
      Err(e) -> println("error: ${e}")
    end
  end
end
