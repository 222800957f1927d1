fn f(x :: Self.Item) -> Int = 1

fn main() do
  println("x")
end
