from Mathx import add, sub,
  mul,
  neg

fn main() do
  println("${add(1, 2)} ${sub(5, 3)} ${mul(2, 4)} ${neg(7)}")
end
