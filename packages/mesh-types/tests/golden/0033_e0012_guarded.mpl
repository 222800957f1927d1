# E0012 a guarded arm does not count
fn sign(n :: Int) -> String do
  case n do
    x when x > 0 -> "plus"
    x when x <= 0 -> "not plus"
  end
end

fn main() do
  println(sign(1))
end
