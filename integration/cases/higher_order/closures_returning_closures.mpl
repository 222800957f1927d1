fn adder(n :: Int) -> Fun(Int) -> Int do
  fn x -> x + n end
end

fn compose(f :: Fun(Int) -> Int, g :: Fun(Int) -> Int) -> Fun(Int) -> Int do
  fn x -> g(f(x)) end
end

fn main() do
  let add5 = adder(5)
  let both = compose(add5, fn x -> x * 10 end)
  println("${add5(1)} ${both(1)} ${(adder(100))(1)}")
end
