# E0001 `<>` on numbers
fn main() do
  println(1 <> 2)
end
