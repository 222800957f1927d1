fn color_code(c :: String) -> Int do
  case c do
    "red" -> 1
    "green" -> 2
    "" -> 0
    _ -> -1
  end
end

fn main() do
  println("${color_code("red")} ${color_code("green")} ${color_code("")} ${color_code("blue")}")
end
