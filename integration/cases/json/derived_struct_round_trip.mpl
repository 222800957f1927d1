struct Item do
  name :: String
  qty :: Int
  price :: Float
  tags :: List<String>
  active :: Bool
end deriving(Json, Eq, Debug)

fn main() do
  let it = Item { name: "pen \"blue\"", qty: 3, price: 1.25, tags: ["office", "ink"], active: true }
  let text = Json.encode(it)
  println(text)
  case Item.from_json(text) do
    Ok(back) -> println("${back == it} ${back.tags}")
    Err(e) -> println("error ${e}")
  end
end
