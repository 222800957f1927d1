# E0012 missing `false`
fn describe(b :: Bool) -> String do
  case b do
    true -> "yes"
  end
end

fn main() do
  println(describe(true))
end
