type Color do
  Red
  Green
  Blue
end deriving(Eq, Display)

fn main() do
  let cs = [Color.Red, Green, Color.Blue]
  println("${cs} ${Color.Red == Red} ${Green != Blue}")
end
