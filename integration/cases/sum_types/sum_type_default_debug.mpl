type Msg do
  Ping
  Text(String)
end

fn main() do
  let m = Text("hi")
  println("${m} ${Ping} ${m == Text("hi")}")
  println("${[Ping, m]}")
end
