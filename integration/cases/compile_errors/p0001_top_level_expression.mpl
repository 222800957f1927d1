println("at top level")

fn main() do
  println("inside")
end
