struct Handler do
  name :: String
  run :: Fun(Int) -> Int
end deriving()

fn main() do
  let h = Handler { name: "double", run: fn x -> x * 2 end }
  println("${h.name} ${h.run(21)}")
  let hs = [h, Handler { name: "neg", run: fn x -> -x end }]
  println("${List.map(hs, fn k -> k.run(5) end)}")
end
