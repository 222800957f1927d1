type Wrap do
  W(Int)
end deriving(Display)

fn main() do
  println("${List.map([1, 2], W)} ${List.map([3], Some)} ${List.map([4], Shape.Circle)}")
end

type Shape do
  Circle(Int)
end deriving(Display)
