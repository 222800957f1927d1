fn noisy(tag :: String, v :: Int) -> Int do
  println("init ${tag}")
  v
end

let A = noisy("A", 1)
let B = A + noisy("B", 10)

fn use_b() -> Int = B * 2

fn main() do
  println("main")
  println("${A} ${B} ${use_b()} ${use_b()}")
end
