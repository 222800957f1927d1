# E0012 missing tuple patterns listed
fn both(a :: Bool, b :: Bool) -> String do
  case (a, b) do
    (true, true) -> "both"
    (false, false) -> "neither"
  end
end

fn main() do
  println(both(true, false))
end
