struct Job do
  name :: String
  run :: Fun() -> Int
end deriving(Json)

fn main() do
  println("x")
end
