fn main() do
  println(Json.encode_list(["a", "b"]) <> " " <> Json.encode_map(%{"k" => "v", "z" => "w"}))
  println(Json.encode([1, 2, 3]) <> " " <> Json.encode(%{"n" => [true, false]}) <> " " <> Json.encode(Some(1)))
  let none :: Option<Int> = None
  let empty :: List<Int> = []
  println(Json.encode(none) <> " " <> Json.encode(empty) <> " " <> Json.encode_map(%{}))
end
