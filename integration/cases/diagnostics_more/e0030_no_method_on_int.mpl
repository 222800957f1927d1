fn main() do
  println(42.shout())
end
