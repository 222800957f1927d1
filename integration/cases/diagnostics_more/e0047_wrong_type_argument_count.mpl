fn f(m :: Map<String>) -> Int = 1

fn main() do
  println("x")
end
