fn say(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn sub(a :: Int, b :: Int) -> Int = a - b

fn main() do
  let r = say("a", 10) |> sub(say("b", 3))
  println(" ${r}")
  let s = say("c", 10) |2> sub(say("d", 3))
  println(" ${s}")
end
