fn main() do
  let rate = 2
  let scale = fn v -> v * rate end
  let rate = 10
  println("${scale(5)} ${rate}")
end
