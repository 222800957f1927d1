type Mode do
  Fast
  Slow
end

let Fast = 1

fn main() do
  println("x")
end
