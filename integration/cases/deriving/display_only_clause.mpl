struct Opaque do
  n :: Int
end deriving(Display)

fn main() do
  let o = Opaque { n: 1 }
  println("${o} ${[o]}")
end
