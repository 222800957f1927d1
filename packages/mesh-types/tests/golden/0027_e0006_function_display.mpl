# E0006 interpolating a function
fn helper(x :: Int) -> Int = x

fn main() do
  println("${helper}")
end
