fn main() do
  for (i, w) in List.enumerate(["zero", "one", "two"]) do
    println("${i}:${w}")
  end
  println("${List.enumerate([true])}")
end
