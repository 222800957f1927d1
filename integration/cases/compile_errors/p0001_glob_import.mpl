from Util import *

fn main() do
  println("x")
end
