type Color do
  Red
end

fn main() do
  let c = Color { r: 1 }
  println("x")
end
