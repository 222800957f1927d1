# E0004 a constant uses a later one
let a = b + 1
let b = 2

fn main() do
  println("${a}")
end
