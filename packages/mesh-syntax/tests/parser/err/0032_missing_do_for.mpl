fn main() do
  for i in [1, 2]
    println("${i}")
  end
end
