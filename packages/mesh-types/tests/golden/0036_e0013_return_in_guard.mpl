# E0013 `return` in a guard
fn f(n :: Int) -> Int do
  case n do
    x when return 1 -> 1
    _ -> 0
  end
end

fn main() do
  println("${f(1)}")
end
