# E0042 Self.X outside an interface or impl
fn f(x :: Self.Item) -> Int = 1

fn main() do
  println("x")
end
