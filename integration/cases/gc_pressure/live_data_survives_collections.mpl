fn build(n :: Int, acc :: List<String>) -> List<String> do
  if n == 0 do acc else build(n - 1, List.append(acc, "v${n}")) end
end

fn garbage(n :: Int) -> Int do
  if n == 0 do 0 else
    let tmp = Map.put(%{}, n, "${n}")
    garbage(n - 1) * 0 + Map.size(tmp)
  end
end

fn churn(n :: Int, acc :: Int) -> Int do
  if n == 0 do acc else
    let t = [n, n, n]
    churn(n - 1, acc + List.length(t))
  end
end

fn main() do
  let keep = build(10000, [])
  let m = Map.from_list(List.map(keep, fn s -> (s, String.length(s)) end))
  let _ = churn(5000000, 0)
  println("${List.length(keep)} ${List.head(keep)} ${List.last(keep)} ${Map.get(m, "v5000")} ${Map.size(m)}")
  println("${garbage(1000)}")
end
