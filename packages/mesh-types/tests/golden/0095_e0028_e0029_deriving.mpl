# E0028 E0029 unsupported derive and Ord without Eq
struct A do
  x :: Int
end deriving(Clone)

type B do
  One
end deriving(Ord, Row)

fn main() do
  println("x")
end
