struct Opaque do
  v :: Int
end deriving()

fn main() do
  let o = Opaque { v: 1 }
  println("${o}")
end
