fn trail(n :: Int) -> String do
  if n == 0 do "" else trail(n - 1) <> "." end
end

fn main() do
  println("${String.length(trail(1000))}")
  println("${String.length(trail(100000000))}")
end
