fn describe(0) -> String = "none"
pub fn describe(n) -> String when n < 0 = "debt"
fn describe(n :: Int) do
  "${n} coins"
end

fn main() do
  println(describe(0) <> ", " <> describe(-2) <> ", " <> describe(5))
end
