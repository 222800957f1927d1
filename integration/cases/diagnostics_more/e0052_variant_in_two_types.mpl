type A do
  Shared
  OnlyA
end

type B do
  Shared
  OnlyB
end

fn main() do
  let x = Shared
  println("x")
end
