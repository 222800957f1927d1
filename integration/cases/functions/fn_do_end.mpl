fn add(a, b) do
  a + b
end

fn describe(n) do
  let doubled = n * 2
  "${n} doubled is ${doubled}"
end

fn main() do
  println("${add(2, 3)}")
  println(describe(21))
end
