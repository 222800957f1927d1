fn describe(0) -> String = "none"
fn describe(n) when n < 0 = "debt"
fn describe(n :: Int) do
  "${n} coins"
end

pub fn largest<T>(a :: T, b :: T) -> T where T: Ord do
  if a > b do a else b end
end

fn show<T, U>(x :: T, y :: U) -> String where T: Display, U: Display = "${x}${y}"
fn fst((a, _)) = a
fn sum((h :: t)) = h
