# E0001 println takes a String
fn main() do
  println(42)
end
