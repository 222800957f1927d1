fn main() do
  let m :: Map<String, Int> = Map.new()
  println("${m} ${Map.size(m)} ${Map.keys(m)} ${Map.values(m)} ${Map.to_list(m)}")
  println("${Map.has_key(m, "x")} ${Map.fetch(m, "x")} ${Map.delete(m, "x")}")
  println("${%{} == m}")
end
