struct Reading do
  room :: String
  temp :: Float
end

fn main() do
  let rs = [Reading { room: "hall", temp: 19.5 }, Reading { room: "loft", temp: 23.0 }]
  let warm = rs |> List.filter(fn r -> r.temp > 20.0 end) |> List.map(fn r -> r.room end)
  println("${warm}")
end
