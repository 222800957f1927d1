fn main() do
  let a = 1; let b = 2
  print("sum="); println("${a + b}")
end
