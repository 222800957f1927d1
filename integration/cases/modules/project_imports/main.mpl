import Billing.Ledger
from Util import double

fn main() do
  println("${Ledger.total([1, 2, 3])} ${double(21)}")
end
