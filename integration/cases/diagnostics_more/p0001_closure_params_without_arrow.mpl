fn main() do
  let f = fn (x :: Int) x * 2 end
  println("${f(2)}")
end
