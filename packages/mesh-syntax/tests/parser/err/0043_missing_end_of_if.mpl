fn main() do
  let n = 3
  if n > 2 do
    println("big")
  println("done")
end
