# E0003 slot pipe past the arguments
fn put(a :: Int, b :: Int) -> Int = a + b

fn main() do
  let x = 1 |4> put(2)
  println("${x}")
end
