fn is_hex(s :: String) -> Bool do
  List.all(String.split(s, ""), fn c -> String.contains("0123456789abcdef", c) end)
end

fn main() do
  let u = Crypto.uuid4()
  let parts = String.split(u, "-")
  println("${String.length(u)} ${List.map(parts, fn p -> String.length(p) end)}")
  println("${String.slice(u, 14, 15)} ${List.contains(["8", "9", "a", "b"], String.slice(u, 19, 20))}")
  println("${is_hex(String.replace(u, "-", ""))} ${u != Crypto.uuid4()}")
end
