fn main() do
  println(Json.encode(%{"a" => 1, "b" => -2}))
  let j = JsonObject(%{"k" => JsonArray([JsonInt(1), JsonNull, JsonBool(false), JsonFloat(0.5), JsonString("s")])})
  println(Json.encode(j))
end
