# E0026 `Into` is implemented only through `From`
struct Meters do
  value :: Float
end

impl Into<Float> for Meters do
  fn into(self) -> Float = self.value
end

fn main() do
  println("x")
end
