fn main() do
  let ints :: Map<String, Int> = %{}
  let floats :: Map<String, Float> = %{}
  let bools :: Map<String, Bool> = %{}
  let strs :: Map<String, String> = %{}
  let lists :: Map<String, List<Int>> = %{}
  let maps :: Map<String, Map<Int, Int>> = %{}
  println("${Map.get(ints, "k")} ${Map.get(floats, "k")} ${Map.get(bools, "k")} [${Map.get(strs, "k")}]")
  println("${Map.get(lists, "k")} ${Map.get(maps, "k")}")
end
