fn main() do
  let add = fn a, b -> a + b
  println("${add(1, 2)}")
end
