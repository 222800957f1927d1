struct Box<T> do
  label :: String
  item :: T
end deriving(Json)

fn main() do
  println(Json.encode(Box { label: "n", item: 5 }))
  println(Json.encode(Box { label: "l", item: ["a", "b"] }))
  let parsed :: Result<Box<Int>, String> = Box.from_json("{\"label\":\"x\",\"item\":7}")
  case parsed do
    Ok(b) -> println("${b.label} ${b.item + 1}")
    Err(e) -> println(e)
  end
end
