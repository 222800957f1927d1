interface Zero do
  fn zero() -> Self
end

struct Tank do
  litres :: Int
end deriving(Display)

impl Zero for Tank do
  fn zero() -> Tank = Tank { litres: 0 }
end

fn fill(t :: Tank) -> Tank = %{t | litres: t.litres + 5}

fn main() do
  let t :: Tank = Zero.zero()
  println("${t} ${fill(Zero.zero())}")
end
