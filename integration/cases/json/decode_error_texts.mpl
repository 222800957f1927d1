struct Rec do
  id :: Int
  label :: String
  score :: Float
  on :: Bool
  list :: List<Int>
  extra :: Option<Int>
end deriving(Json)

fn show(s :: String) -> String do
  case Rec.from_json(s) do
    Ok(r) -> "ok ${r.id} ${r.extra}"
    Err(e) -> e
  end
end

fn main() do
  println(show("[1]"))
  println(show("{\"label\":\"a\",\"score\":1,\"on\":true,\"list\":[]}"))
  println(show("{\"id\":\"x\",\"label\":\"a\",\"score\":1,\"on\":true,\"list\":[]}"))
  println(show("{\"id\":1,\"label\":2,\"score\":1,\"on\":true,\"list\":[]}"))
  println(show("{\"id\":1,\"label\":\"a\",\"score\":\"s\",\"on\":true,\"list\":[]}"))
  println(show("{\"id\":1,\"label\":\"a\",\"score\":1,\"on\":1,\"list\":[]}"))
  println(show("{\"id\":1,\"label\":\"a\",\"score\":1,\"on\":true,\"list\":{}}"))
  println(show("{\"id\":3.0,\"label\":\"a\",\"score\":1,\"on\":false,\"list\":[],\"unknown\":0}"))
  println(show("{\"id\":1,\"label\":\"a\",\"score\":1,\"on\":false,\"list\":[],\"extra\":null}"))
  println(show("{\"id\":1,\"label\":\"a\",\"score\":1,\"on\":false,\"list\":[],\"extra\":9}"))
  println("${String.contains(show("{oops"), "line 1 column 2")}")
end
