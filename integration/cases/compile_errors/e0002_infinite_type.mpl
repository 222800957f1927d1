fn self_apply(f) = f(f)

fn main() do
  println("x")
end
