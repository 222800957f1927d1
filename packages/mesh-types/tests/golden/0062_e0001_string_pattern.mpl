# E0001 a String pattern against an Int scrutinee
fn f(n :: Int) -> Int do
  case n do
    "one" -> 1
    _ -> 0
  end
end

fn main() do
  println("${f(1)}")
end
