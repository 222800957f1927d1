fn check(n :: Int) -> Int do
  if n > 2 do
    panic("too big: ${n}")
  end
  n
end

fn main() do
  println("${check(1)}")
  println("${check(5)}")
end
