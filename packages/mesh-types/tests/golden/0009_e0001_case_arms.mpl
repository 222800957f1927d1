# E0001 case arms disagree
fn label(n :: Int) -> String do
  case n do
    0 -> "zero"
    _ -> n
  end
end

fn main() do
  println(label(1))
end
