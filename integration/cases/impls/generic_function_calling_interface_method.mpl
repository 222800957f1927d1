interface Shape do
  fn area(self) -> Float
end

struct Sq do
  side :: Float
end

struct Circ do
  r :: Float
end

impl Shape for Sq do
  fn area(self) -> Float = self.side * self.side
end

impl Shape for Circ do
  fn area(self) -> Float = 3.0 * self.r * self.r
end

fn total<T>(xs :: List<T>) -> Float where T: Shape do
  List.reduce(xs, 0.0, fn acc, s -> acc + s.area() end)
end

fn main() do
  println("${total([Sq { side: 2.0 }, Sq { side: 1.5 }])} ${total([Circ { r: 1.0 }])}")
end
