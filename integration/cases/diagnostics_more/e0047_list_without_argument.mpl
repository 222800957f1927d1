fn f(xs :: List) -> Int = 1

fn main() do
  println("x")
end
