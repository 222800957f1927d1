struct P do
  x :: Int
end deriving(Ord, Display)

fn main() do
  println("x")
end
