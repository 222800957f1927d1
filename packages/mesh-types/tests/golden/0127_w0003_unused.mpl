# W0003 unused `let` and pattern bindings; `_`-prefixed ones are exempt
fn describe(pair :: (Int, Int)) -> String do
  let (a, b) = pair
  let unused = a * 2
  let _ignored = b
  case pair do
    (x, y) -> "first ${x}"
  end
end

fn main() do
  println(describe((1, 2)))
end
