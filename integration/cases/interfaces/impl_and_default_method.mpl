interface Meter do
  type Unit
  fn read(self) -> Self.Unit
  fn label(self) -> String do "meter" end
end

struct Gauge do
  level :: Int
end

impl Meter for Gauge do
  type Unit = Int
  fn read(self) -> Int do self.level end
end

impl From<Int> for Gauge do
  fn from(v :: Int) -> Gauge = Gauge { level: v }
end

fn main() do
  let g = Gauge.from(7)
  println("${g.read()} ${g.label()}")
end
