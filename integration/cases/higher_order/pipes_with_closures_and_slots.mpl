fn put(m :: Map<String, Int>, v :: Int, k :: String) -> Map<String, Int> = Map.put(m, k, v)

fn main() do
  let r = [1, 2, 3]
    |> List.map(fn x -> x * x end)
    |> List.reduce(0, fn a, x -> a + x end)
    |> fn n -> n + 1 end
  println("${r}")
  let m = 7 |2> put(%{}, "seven")
  println("${m}")
  println("${"abc" |> String.length}")
end
