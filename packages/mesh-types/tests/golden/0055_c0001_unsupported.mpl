# C0001 constructs this version does not check yet
module Geo do
  fn zero() -> Int = 0
end

fn main() do
  println("hi")
end
