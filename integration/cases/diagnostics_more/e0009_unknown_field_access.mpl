struct P do
  x :: Int
end

fn main() do
  let p = P { x: 1 }
  println("${p.y}")
end
