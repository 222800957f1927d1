struct Celsius do
  degrees :: Float
end deriving(Display)

impl From<Int> for Celsius do
  fn from(v :: Int) -> Celsius = Celsius { degrees: Int.to_float(v) }
end

fn show(c :: Celsius) -> String = "${c}"

fn main() do
  let a = Celsius.from(21)
  let b :: Celsius = 5.into()
  println("${a} ${b} ${show(30.into())}")
end
