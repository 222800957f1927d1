struct Handlers do
  on_tick :: Fun(Int) -> String
end

fn main() do
  let a = Handlers { on_tick: fn n -> "t" end }
  println("${a == a}")
end
