interface Meter do
  type Unit
  fn read(self) -> Self.Unit
  fn label(self) -> String do "meter" end
end

impl Meter for Gauge do
  type Unit = Int
  fn read(self) -> Int do self.level end
end

impl From<Int> for Gauge do
  pub fn from(v :: Int) -> Gauge = Gauge { level: v }
end

impl Show for Box<T> where T: Show do
  fn show(self) -> String = "box"
end
