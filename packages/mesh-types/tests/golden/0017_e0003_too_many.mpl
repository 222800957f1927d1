# E0003 extra arguments to a builtin
fn main() do
  println("a", "b")
end
