# E0022 catch-all clause before other clauses
fn g(n) = "any"
fn g(0) = "zero"

fn main() do
  println(g(1))
end
