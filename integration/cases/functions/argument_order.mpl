fn say(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn combine(a :: Int, b :: Int, c :: Int) -> Int = a * 100 + b * 10 + c

fn main() do
  let r = combine(say("a", 1), say("b", 2), say("c", say("d", 3)))
  println(" -> ${r}")
end
