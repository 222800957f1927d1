fn grade(score :: Int) -> String do
  case score do
    s when s >= 90 -> "A"
    s when s >= 75 and s < 90 -> "B"
    s when s % 2 == 0 or s == 1 -> "even-ish"
    _ -> "C"
  end
end

fn main() do
  println("${List.map([95, 80, 40, 41, 1], fn s -> grade(s) end)}")
end
