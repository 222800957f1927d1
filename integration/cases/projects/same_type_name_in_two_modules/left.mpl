pub struct Item do
  n :: Int
end deriving(Display)

pub fn make(n :: Int) -> Item = Item { n: n }
pub fn value(i :: Item) -> Int = i.n
