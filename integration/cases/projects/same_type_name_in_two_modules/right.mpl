pub struct Item do
  s :: String
end deriving(Display)

pub fn make(s :: String) -> Item = Item { s: s }
pub fn value(i :: Item) -> String = i.s
