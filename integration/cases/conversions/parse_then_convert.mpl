fn parse_all(xs :: List<String>) -> List<Int> do
  List.map(xs, fn s -> case String.to_int(s) do
    Some(n) -> n
    None -> -1
  end end)
end

fn main() do
  let nums = parse_all(["1", " 22 ", "x", "-4"])
  println("${nums} ${List.map(nums, fn n -> Int.to_float(n) / 2.0 end)}")
end
