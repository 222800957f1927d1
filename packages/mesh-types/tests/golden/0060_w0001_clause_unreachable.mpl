# W0001 a clause covered by earlier clauses
fn hop(0) = "zero"
fn hop(n) when n < 0 = "below"
fn hop(0) = "again"
fn hop(_) = "above"

fn main() do
  println(hop(3))
end
