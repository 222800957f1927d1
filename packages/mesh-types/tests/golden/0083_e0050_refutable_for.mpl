# E0050 refutable patterns in let and for
fn main() do
  let Some(x) = Some(1)
  for Some(y) in [Some(1)] do
    println("${y}")
  end
end
