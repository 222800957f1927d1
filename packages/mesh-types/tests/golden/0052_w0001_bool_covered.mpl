# W0001 both booleans already matched
fn f(b :: Bool) -> Int do
  case b do
    true -> 1
    false -> 0
    _ -> 2
  end
end

fn main() do
  println("${f(true)}")
end
