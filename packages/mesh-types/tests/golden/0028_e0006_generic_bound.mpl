# E0006 a generic function's operator used at String
fn twice(x) = x + x

fn main() do
  println(twice("a"))
end
