struct Rank do
  n :: Int
end deriving(Eq, Display)

impl Ord for Rank do
  fn compare(self, other :: Rank) -> Ordering = compare(other.n, self.n)
end

fn main() do
  let xs = [Rank { n: 1 }, Rank { n: 3 }, Rank { n: 2 }]
  println("${List.sort(xs)} ${Rank { n: 1 } < Rank { n: 2 }}")
end
