struct Handlers do
  on_tick :: Fun(Int) -> String
  name :: String
end

struct Holder do
  h :: Handlers
  n :: Int
end

fn main() do
  let hs = Handlers { on_tick: fn n -> "tick ${n}" end, name: "clock" }
  println(hs.on_tick(3))
  let k = Holder { h: hs, n: 1 }
  println(k.h.name)
end
