# ok interfaces, impls, operators, iteration and conversions
struct Money do
  cents :: Int
end deriving(Display)

impl Add for Money do
  type Output = Money
  fn add(self, other :: Money) -> Money = Money { cents: self.cents + other.cents }
end

struct Countdown do
  left :: Int
end

impl Iterator for Countdown do
  type Item = Int
  fn next(self) -> (Int, Countdown)? do
    if self.left <= 0 do None else Some((self.left, Countdown { left: self.left - 1 })) end
  end
end

fn main() do
  let total = Money { cents: 1 } + Money { cents: 2 }
  let xs = for n in Countdown { left: 3 } do n * 10 end
  let f :: Float = 3.into()
  println("${total} ${xs} ${f}")
end
