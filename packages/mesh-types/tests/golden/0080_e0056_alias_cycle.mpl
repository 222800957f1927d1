# E0056 recursive type alias
type A = List<B>
type B = Option<A>

fn main() do
  println("x")
end
