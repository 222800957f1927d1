struct User do
  name :: String
  tags :: List<String>
end deriving(Row)

fn main() do
  println("x")
end
