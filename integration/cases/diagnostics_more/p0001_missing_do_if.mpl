fn main() do
  if 1 > 0
    println("yes")
  end
end
