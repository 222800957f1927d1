fn main() do
  let mut_free = 1
  while mut_free < 0 do
    println("never")
  println("after")
end
