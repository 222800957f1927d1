fn main() do
  let m = %{"a" => 1}
  println("${Option.unwrap(Map.fetch(m, "a"))}")
  println("${Option.unwrap(Map.fetch(m, "b"))}")
end
