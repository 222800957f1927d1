let A = B + 1
let B = 2

fn main() do
  println("${A}")
end
