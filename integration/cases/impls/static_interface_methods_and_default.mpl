interface Zero do
  fn zero() -> Self
end

struct Tank do
  litres :: Int
end deriving(Display)

impl Zero for Tank do
  fn zero() -> Tank = Tank { litres: 0 }
end

impl Default for Tank do
  fn default() -> Tank = Tank { litres: 10 }
end

fn main() do
  let t = Tank.zero()
  let d :: Tank = default()
  let n :: Int = default()
  let s :: String = default()
  let xs :: List<Int> = default()
  let o :: Option<Int> = default()
  println("${t} ${d} ${n} [${s}] ${xs} ${o}")
end
