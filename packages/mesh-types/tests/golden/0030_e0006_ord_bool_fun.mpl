# E0006 comparing functions
fn f(x :: Int) -> Int = x

fn main() do
  println("${f == f}")
end
