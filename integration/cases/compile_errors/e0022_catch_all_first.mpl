fn f(n) = 1
fn f(0) = 2

fn main() do
  println("${f(0)}")
end
