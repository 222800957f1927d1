struct Meters do
  v :: Int
end

impl Sub for Meters do
  type Output = Int
  fn sub(self, o :: Meters) -> Int = self.v - o.v
end

fn gap<T>(a :: T, b :: T) where T: Sub = a - b

fn main() do
  let d = gap(Meters { v: 10 }, Meters { v: 3 })
  println("${d + 1} ${gap(5, 8)}")
end
