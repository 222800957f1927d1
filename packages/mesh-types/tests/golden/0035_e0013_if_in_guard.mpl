# E0013 `if` in a guard
fn f(n :: Int) -> Int do
  case n do
    x when if x > 0 do true else false end -> 1
    _ -> 0
  end
end

fn main() do
  println("${f(1)}")
end
