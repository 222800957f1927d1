type A = Option<B>
type B = (Int, A)

fn main() do
  println("x")
end
