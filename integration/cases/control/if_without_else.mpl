fn main() do
  let n = 3
  if n > 2 do
    println("big")
  end
  if n > 5 do
    println("huge")
  end
  println("done")
end
