import Geo.Shapes.Area
import Text.Format

fn main() do
  println("${Area.square(3)} ${Geo.Shapes.Area.square(4)}")
  println(Format.banner("ok"))
end
