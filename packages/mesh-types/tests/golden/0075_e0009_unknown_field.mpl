# E0009 unknown field in literal and access
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, z: 3 }
  println("${p.w}")
end
