# W0002 a return type and `pub` on a later clause are ignored
fn fact(0) -> Int = 1
pub fn fact(n) -> Int = n * fact(n - 1)

fn main() do
  println("${fact(5)}")
end
