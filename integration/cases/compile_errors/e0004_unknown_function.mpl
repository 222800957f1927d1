fn main() do
  println("${frobnicate(1)}")
end
