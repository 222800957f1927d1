type T do
  A
  A
end

fn main() do
  println("x")
end
