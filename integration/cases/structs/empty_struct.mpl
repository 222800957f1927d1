struct Marker do
end deriving(Display, Debug, Eq)

fn main() do
  let m = Marker {}
  println("${m} ${m.inspect()} ${m == Marker {}}")
end
