# E0034 importing a name the module does not define
from Geometry import area, volume

fn main() do
  println("${area(2.0)}")
end
#>> geometry.mpl Geometry
pub fn area(r :: Float) -> Float = r * r * 3.14
pub fn perimeter(r :: Float) -> Float = r * 6.28
