struct Conf do
  size :: Int
end

fn load(ok :: Bool) -> Conf!String do
  if ok do Ok(Conf { size: 3 }) else Err("nope") end
end

fn size_plus(ok :: Bool) -> Int!String do
  Ok(load(ok)?.size + 1)
end

fn main() do
  println("${size_plus(true)} ${size_plus(false)}")
end
