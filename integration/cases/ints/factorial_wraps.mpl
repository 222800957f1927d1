fn fact(n :: Int) -> Int = if n <= 1 do 1 else n * fact(n - 1) end

fn main() do
  println("${fact(20)}")
  println("${fact(21)}")
  println("${fact(25)}")
end
