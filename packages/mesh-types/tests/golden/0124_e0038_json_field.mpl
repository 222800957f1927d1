# E0038 a field type that `deriving(Json)` cannot serialise
struct Reading do
  at :: Int
  tags :: List<String>
  by_hour :: Map<Int, Float>
  span :: (Int, Int)
end deriving(Json)

fn main() do
  println("x")
end
