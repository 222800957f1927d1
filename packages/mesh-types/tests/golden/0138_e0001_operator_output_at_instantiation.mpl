# E0001: `-> T` on `a - b` requires `T.Output = T`; `Meters` has `Output = Int` (spec 03 §4.6)
struct Meters do
  v :: Int
end

impl Sub for Meters do
  type Output = Int
  fn sub(self, o :: Meters) -> Int = self.v - o.v
end

fn same<T>(a :: T, b :: T) -> T where T: Sub = a - b

fn main() do
  let m = same(Meters { v: 9 }, Meters { v: 2 })
  println("${same(5, 2)}")
end
