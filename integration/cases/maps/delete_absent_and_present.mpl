fn main() do
  let m = %{1 => "one", 2 => "two", 3 => "three"}
  let d = Map.delete(m, 2)
  println("${d} ${Map.delete(d, 7)} ${m}")
  println("${Map.has_key(d, 2)} ${Map.size(d)}")
end
