fn say(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn main() do
  let total = say("a", 1) + say("b", 2) * say("c", 3)
  println(" = ${total}")
  let ok = say("d", 0) > 1 and say("e", 5) > 1
  println(" ${ok}")
end
