# C0001 constructs this version does not check yet
struct Point do
  x :: Int
end

fn main() do
  println("hi")
end
