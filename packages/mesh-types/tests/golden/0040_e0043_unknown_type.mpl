# E0043 unknown type name with suggestion
fn f(x :: Strng) -> Int = 1

fn main() do
  println("${f("a")}")
end
