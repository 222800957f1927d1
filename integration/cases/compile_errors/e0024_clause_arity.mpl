fn f(0) = 1
fn f(n, m) = n + m

fn main() do
  println("${f(0)}")
end
