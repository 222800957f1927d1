fn a() do
  let x = (1 +
end

fn main() do
  let y = ]
  println("x")
end
