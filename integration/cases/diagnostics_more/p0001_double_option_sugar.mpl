fn f(x :: Int??) -> Int = 1

fn main() do
  println("x")
end
