# E0004 unknown member of a library module
fn main() do
  println(Int.to_strin(3))
end
