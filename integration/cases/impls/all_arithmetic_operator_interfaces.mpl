struct V do
  x :: Int
  y :: Int
end deriving(Display)

impl Sub for V do
  type Output = V
  fn sub(self, o :: V) -> V = V { x: self.x - o.x, y: self.y - o.y }
end

impl Mul for V do
  type Output = Int
  fn mul(self, o :: V) -> Int = self.x * o.x + self.y * o.y
end

impl Div for V do
  type Output = V
  fn div(self, o :: V) -> V = V { x: self.x / o.x, y: self.y / o.y }
end

impl Mod for V do
  type Output = V
  fn mod(self, o :: V) -> V = V { x: self.x % o.x, y: self.y % o.y }
end

fn main() do
  let a = V { x: 7, y: 9 }
  let b = V { x: 2, y: 4 }
  println("${a - b} ${a * b} ${a / b} ${a % b}")
end
