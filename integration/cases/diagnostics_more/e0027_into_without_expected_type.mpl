fn main() do
  let n = 3
  let x = n.into()
  println("done")
end
