import Billing.Ledger
from Geometry.Shapes import Shape, area,
  perimeter

pub fn total(xs) = Ledger.sum(xs)

pub module Units do
  pub fn km(m :: Float) -> Float = m / 1000.0
  module Inner do
    fn x() = 1
  end
end

let greeting = "hi"
let LIMIT :: Int = 3 * 4
