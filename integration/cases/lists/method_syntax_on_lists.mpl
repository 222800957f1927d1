fn main() do
  let xs = [3, 1, 2]
  println("${xs.length()} ${xs.reverse()} ${xs.sort()} ${xs.head()}")
  println("${xs.map(fn x -> x * 10 end).filter(fn x -> x > 10 end)}")
end
