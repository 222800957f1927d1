# E0045 duplicate keyword argument
fn show(opts :: Map<String, Int>) -> Int = Map.size(opts)

fn main() do
  println("${show(width: 1, width: 2)}")
end
