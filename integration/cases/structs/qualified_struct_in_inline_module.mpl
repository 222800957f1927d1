module Geo do
  pub struct Point do
    x :: Int
    y :: Int
  end deriving(Display)

  pub fn origin() -> Point = Point { x: 0, y: 0 }
end

fn main() do
  let p = Geo.Point { x: 3, y: 4 }
  let o = Geo.origin()
  println("${p} ${o} ${%{p | y: 0}}")
end
