fn main() do
  while true do
    println("once")
    break
  end
  while false do
    println("never")
  end
  let r = while false do 1 end
  println("${r}")
end
