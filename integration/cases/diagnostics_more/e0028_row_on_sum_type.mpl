type Kind do
  A
  B
end deriving(Row)

fn main() do
  println("x")
end
