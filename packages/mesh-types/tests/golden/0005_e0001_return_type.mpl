# E0001 declared return type
fn name() -> String do
  42
end

fn main() do
  println(name())
end
