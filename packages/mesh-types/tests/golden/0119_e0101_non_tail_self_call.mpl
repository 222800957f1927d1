# E0101 an actor calling itself before the end of its body
actor ticker(n :: Int) do
  ticker(n + 1)
  println("tick ${n}")
end

fn main() do
  let _t = spawn(ticker, 0)
end
