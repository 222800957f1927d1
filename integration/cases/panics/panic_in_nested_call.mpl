fn check(n :: Int) -> Int do
  if n > 3 do
    panic("bad value ${n}")
  end
  n
end

fn walk(n :: Int) -> Int = check(n) + walk(n + 1)

fn main() do
  println("walking")
  println("${walk(0)}")
end
