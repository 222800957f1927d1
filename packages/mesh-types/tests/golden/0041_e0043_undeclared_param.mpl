# E0043 type parameter not declared
fn f(x :: T) -> T = x

fn main() do
  println("${f(1)}")
end
