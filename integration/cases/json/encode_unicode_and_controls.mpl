fn main() do
  println(Json.encode_string("日本\r\u{8}\u{c}\u{1f}/"))
  println(Json.encode(["é", "\\"]))
end
