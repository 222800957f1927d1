struct Bag do
  items :: List<Int>
end

impl Iterable for Bag do
  type Item = Int
  type Iter = Iter<Int>
  fn iter(self) -> Iter<Int> = Iter.from(self.items)
end

fn main() do
  let total = Iter.from(Bag { items: [1, 2, 3] }) |> Iter.map(fn x -> x * 10 end) |> Iter.sum()
  println("${total}")
end
