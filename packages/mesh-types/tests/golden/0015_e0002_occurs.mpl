# E0002 a value applied to itself
fn loop(f) = f(f)

fn main() do
  println("x")
end
