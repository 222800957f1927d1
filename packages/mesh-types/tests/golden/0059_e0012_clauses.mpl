# E0012 function clauses that miss a case
fn both(true, true) = "tt"
fn both(false, _) = "f_"

fn main() do
  println(both(true, false))
end
