impl Eq for Int do
  fn eq(self, other :: Int) -> Bool = true
end

fn main() do
  println("${1 == 2}")
end
