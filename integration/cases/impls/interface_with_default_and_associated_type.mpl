interface Meter do
  type Unit
  fn read(self) -> Self.Unit
  fn label(self) -> String do "meter" end
end

struct Gauge do
  level :: Int
end

struct Thermo do
  temp :: Float
end

impl Meter for Gauge do
  type Unit = Int
  fn read(self) -> Int do self.level end
end

impl Meter for Thermo do
  type Unit = Float
  fn read(self) -> Float = self.temp
  fn label(self) -> String = "thermo"
end

fn main() do
  let g = Gauge { level: 4 }
  let t = Thermo { temp: 1.5 }
  println("${g.read()} ${g.label()} ${t.read()} ${t.label()} ${Meter.read(g)}")
end
