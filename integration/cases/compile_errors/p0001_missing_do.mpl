fn main() do
  if 1 < 2
    println("yes")
  end
end
