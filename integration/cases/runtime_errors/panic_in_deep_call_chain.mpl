fn level(n :: Int) -> Int do
  if n == 0 do panic("bottom reached") else level(n - 1) + 1 end
end

fn main() do
  println("${level(50)}")
end
