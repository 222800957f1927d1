struct P do
  x :: Int
end deriving(Eq, Clone)

fn main() do
  println("x")
end
