import Nowhere.ToBeFound

fn main() do
  println("x")
end
