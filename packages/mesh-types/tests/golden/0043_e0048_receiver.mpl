# E0048 receiver type never known
fn show(x) = x.to_string()

fn main() do
  println(show(1))
end
