struct P do
  x :: Int
  y :: Int
end

fn main() do
  let p = P { x: 1, y: 2
  println("${p.x}")
end
