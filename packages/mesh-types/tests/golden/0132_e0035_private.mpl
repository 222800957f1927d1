# E0035 importing and qualified use of items that are not `pub`
from Geometry import helper
import Geometry

fn main() do
  println("${Geometry.secret(1)} ${helper()}")
end
#>> geometry.mpl Geometry
fn helper() -> Int = 1
fn secret(n :: Int) -> Int = n + 1
pub fn area(r :: Float) -> Float = r * r * 3.14
