# E0047 wrong number of type arguments
fn f(x :: List) -> Int = 1

fn main() do
  println("${f(1)}")
end
