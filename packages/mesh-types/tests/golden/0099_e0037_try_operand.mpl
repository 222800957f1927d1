# E0037 ? on a value that is neither Result nor Option
fn pick(xs :: List<Int>) -> Int!String do
  let first = List.head(xs)?
  Ok(first)
end

fn main() do
  println("x")
end
