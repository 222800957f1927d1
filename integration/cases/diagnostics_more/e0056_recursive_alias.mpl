type Loop = List<Loop>

fn main() do
  println("x")
end
