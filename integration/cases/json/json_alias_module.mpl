fn main() do
  println(JSON.encode_int(5) <> " " <> JSON.encode_list(["x"]))
  println("${JSON.parse("[]")}")
end
