fn log(msg :: String) do
  println("[log] " <> msg)
end

fn main() do
  log("start")
  let r = log("middle")
  println("${r}")
  log("end")
end
