# E0039: a `deriving(Row)` field must be a column type (spec 13 §5)
struct User do
  name :: String
  age :: Option<Int>
  tags :: List<String>
  home :: Option<List<Int>>
end deriving(Row)

fn main() do
  println("x")
end
