struct Countdown do
  left :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> (Int, Countdown)? do
    if self.left <= 0 do None else Some((self.left, Countdown { left: self.left - 1 })) end
  end
end

struct Bag do
  items :: List<String>
end

impl Iterable for Bag do
  type Item = String
  type Iter = Iter<String>
  fn iter(self) -> Iter<String> = Iter.from(self.items)
end

fn main() do
  let xs = for n in Countdown { left: 3 } do n * 10 end
  println("${xs}")
  let ys = for s in Bag { items: ["x", "y"] } do String.upper(s) end
  println("${ys}")
end
