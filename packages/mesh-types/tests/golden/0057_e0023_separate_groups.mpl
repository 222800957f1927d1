# E0023 clauses of one function in two places
fn k(0) = 1
fn other() = 2
fn k(_) = 3

fn main() do
  println("${k(1)} ${other()}")
end
