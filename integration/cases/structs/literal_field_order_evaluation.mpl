struct Pair do
  left :: Int
  right :: Int
end

fn note(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn main() do
  let p = Pair { right: note("r", 2), left: note("l", 1) }
  println(" ${p.left} ${p.right}")
end
