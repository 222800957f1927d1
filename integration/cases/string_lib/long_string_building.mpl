fn build(n :: Int, acc :: String) -> String do
  if n == 0 do acc else build(n - 1, acc <> "x") end
end

fn main() do
  let s = build(20000, "")
  println("${String.length(s)} ${String.length(String.replace(s, "xx", "y"))}")
  let parts = String.split(String.join(List.map(Range.to_list(0..10000), fn i -> "${i}" end), ","), ",")
  println("${List.length(parts)} ${List.last(parts)}")
end
