struct Money do
  cents :: Int
end deriving(Display)

impl Add for Money do
  type Output = Money
  fn add(self, other :: Money) -> Money do
    Money { cents: self.cents + other.cents }
  end
end

impl Neg for Money do
  type Output = Money
  fn neg(self) -> Money = Money { cents: 0 - self.cents }
end

fn main() do
  let total = Money { cents: 250 } + Money { cents: 75 }
  println("${total} ${-total}")
end
