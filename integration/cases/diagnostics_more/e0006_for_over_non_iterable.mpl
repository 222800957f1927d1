fn main() do
  let xs = for c in 42 do c end
  println("${xs}")
end
