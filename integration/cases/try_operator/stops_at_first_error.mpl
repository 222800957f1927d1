fn step(tag :: String, ok :: Bool) -> Int!String do
  println("step ${tag}")
  if ok do Ok(1) else Err("failed at ${tag}") end
end

fn run() -> Int!String do
  let a = step("a", true)?
  let b = step("b", false)?
  let c = step("c", true)?
  Ok(a + b + c)
end

fn main() do
  println("${run()}")
end
