interface Combine do
  fn combine(self, other :: Self) -> Self
end

struct Bag do
  items :: List<Int>
end deriving(Display)

impl Combine for Bag do
  fn combine(self, other :: Self) -> Self = Bag { items: self.items ++ other.items }
end

fn main() do
  println("${Bag { items: [1] }.combine(Bag { items: [2, 3] })}")
end
