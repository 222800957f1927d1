fn describe(0) -> String = "none"
fn describe(n) when n < 0 = "debt"
fn describe(n :: Int) do
  "${n} coins"
end

fn fact(0) = 1
fn fact(n) = n * fact(n - 1)

fn main() do
  println(describe(0))
  println(describe(-4))
  println(describe(7))
  println("${fact(10)}")
end
