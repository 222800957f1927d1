# E0024 adjacent clauses with different parameter counts
fn k(0) = 1
fn k(a, b) = 3

fn main() do
  println("${k(1)}")
end
