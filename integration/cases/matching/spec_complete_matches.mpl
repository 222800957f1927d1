fn both(a :: Bool, b :: Int?) -> String do
  case (a, b) do
    (true, Some(n)) -> "yes ${n}"
    (true, None) -> "yes"
    (false, _) -> "no"
  end
end

fn hop(0) = "zero"
fn hop(n) when n < 0 = "below"
fn hop(_) = "above"

fn main() do
  println(both(true, Some(2)) <> ", " <> both(false, None) <> ", " <> hop(-4) <> ", " <> hop(9))
end
