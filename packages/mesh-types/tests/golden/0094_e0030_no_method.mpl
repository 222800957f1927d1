# E0030 no method of that name for the receiver type
struct Tank do
  l :: Int
end

fn main() do
  let t = Tank { l: 1 }
  println(t.refill())
end
