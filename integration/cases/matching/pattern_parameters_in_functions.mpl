fn fst((a, _)) = a
fn sum((h :: t)) = h + List.length(t)
fn sum([]) = 0
fn unwrap_or_zero(Some(v)) = v
fn unwrap_or_zero(None) = 0

fn main() do
  println("${fst((1, "x"))} ${sum([10, 20, 30])} ${sum([])} ${unwrap_or_zero(Some(4))} ${unwrap_or_zero(None)}")
end
