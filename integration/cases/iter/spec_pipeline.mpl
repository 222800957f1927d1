fn main() do
  let readings = [12, 7, 30, 18, 4, 25]
  let alarms = Iter.from(readings)
    |> Iter.filter(fn(r) -> r > 10 end)
    |> Iter.map(fn(r) -> r - 10 end)
    |> Iter.take(2)
    |> List.collect()
  println("${alarms}")
  let m = Iter.from(["x", "y"]) |> Iter.enumerate() |> Map.collect()
  println("${m}")
end
