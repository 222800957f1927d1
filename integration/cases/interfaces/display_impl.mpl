struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String = "${self.cents / 100}.${self.cents % 100} EUR"
end

fn main() do
  let m = Money { cents: 1250 }
  println("${m}")
  println(m.to_string())
  println("${[m, Money { cents: 399 }]}")
end
