fn lines(i :: Int, n :: Int) do
  if i <= n do
    println("line ${i} of ${n}")
    lines(i + 1, n)
  end
end

fn main() do
  lines(1, 5)
end
