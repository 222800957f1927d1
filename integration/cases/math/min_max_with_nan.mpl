fn main() do
  let nan = 0.0 / 0.0
  println("${Math.min(nan, 2.0)} ${Math.min(2.0, nan)} ${Math.max(nan, -1.0)} ${Math.max(-1.0, nan)}")
end
