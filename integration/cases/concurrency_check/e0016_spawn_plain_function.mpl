fn work(n :: Int) -> Int = n * 2

fn main() do
  let p = spawn(work, 3)
  println("${p}")
end
