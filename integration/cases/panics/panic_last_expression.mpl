fn fail(reason :: String) -> Int do
  panic("failed: " <> reason)
end

fn main() do
  println("start")
  panic("the end")
end
