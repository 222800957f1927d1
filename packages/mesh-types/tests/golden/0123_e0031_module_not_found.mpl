# E0031 importing a module that does not exist
import Geometri

fn main() do
  println("hi")
end
