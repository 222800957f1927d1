fn main() do
  println("value: ${}")
end
