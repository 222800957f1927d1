interface Convert<T> do
  fn convert(self) -> T
end

struct Cents do
  n :: Int
end

impl Convert<Float> for Cents do
  fn convert(self) -> Float = Int.to_float(self.n) / 100.0
end

impl Convert<String> for Cents do
  fn convert(self) -> String = "${self.n}c"
end

fn main() do
  let c = Cents { n: 250 }
  let f :: Float = c.convert()
  let s :: String = c.convert()
  println("${f} ${s}")
end
