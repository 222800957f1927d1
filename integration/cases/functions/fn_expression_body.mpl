fn double(x :: Int) -> Int = x * 2
fn greet(name :: String) -> String = "hi " <> name
fn square(x) = x * x

fn main() do
  println("${double(4)} ${square(9)}")
  println(greet("Ada"))
end
