fn f(0) = "zero"

fn g() = 1

fn f(n) = "many"

fn main() do
  println(f(g()))
end
