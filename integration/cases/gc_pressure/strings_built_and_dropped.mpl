fn churn(n :: Int, keep :: String) -> String do
  if n == 0 do
    keep
  else
    let s = "item-${n}-" <> String.upper("abc")
    let next = if n % 1000000 == 0 do s else keep end
    churn(n - 1, next)
  end
end

fn main() do
  println(churn(3000000, "none"))
end
