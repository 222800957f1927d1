fn main() do
  let m = %{"b" => 1, "a" => 2}
  let m2 = Map.put(Map.put(m, "c", 3), "b", 10)
  println("${m2}")
  println("${Map.keys(m2)} ${Map.values(m2)}")
end
