fn main() do
  println("${List.zip([1, 2, 3], ["a", "b"])}")
  println("${List.zip(["x"], [true, false])}")
end
