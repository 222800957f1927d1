struct Cell<T> do
  pos :: Int
  item :: T
end deriving(Eq, Display, Debug)

type Light do
  Off
  Dim(Int)
end deriving(Eq, Ord, Display)

fn main() do
  let c = Cell { pos: 2, item: "kiwi" }
  println("${c} / ${c.inspect()}")
  println("${Dim(3)} ${Off < Dim(0)} ${Cell { pos: 1, item: 7 } == Cell { pos: 1, item: 7 }}")
end
