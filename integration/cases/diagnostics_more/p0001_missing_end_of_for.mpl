fn main() do
  for i in [1, 2, 3] do
    println("${i}")
end
