# E0006 a derived interface a field type lacks
struct Holder do
  f :: Fun(Int) -> Int
end deriving(Eq)

fn main() do
  println("x")
end
