fn main() do
  println(Json.encode_int(-12) <> " " <> Json.encode_bool(true) <> " " <> Json.encode_string("a\"b\\c\nd\te"))
  println(Json.encode_string("née \u{1}"))
  println(Json.encode(2.0) <> " " <> Json.encode(3.14) <> " " <> Json.encode(0.0 / 0.0) <> " " <> Json.encode("x"))
end
