import Calc

fn main() do
  println("${Calc.twice(4)}")
end
