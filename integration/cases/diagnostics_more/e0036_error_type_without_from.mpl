struct MyErr do
  code :: Int
end

fn step() -> Int!String = Err("bad")

fn run() -> Int!MyErr do
  let n = step()?
  Ok(n)
end

fn main() do
  println("${run()}")
end
