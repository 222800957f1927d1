fn churn(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    let pair = [n, n + 1]
    churn(n - 1, acc + List.length(pair))
  end
end

fn main() do
  println("${churn(20000000, 0)}")
end
