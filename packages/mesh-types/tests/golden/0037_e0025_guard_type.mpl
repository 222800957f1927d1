# E0025 guard of type Int
fn f(n :: Int) -> Int do
  case n do
    x when x + 1 -> 1
    _ -> 0
  end
end

fn main() do
  println("${f(1)}")
end
