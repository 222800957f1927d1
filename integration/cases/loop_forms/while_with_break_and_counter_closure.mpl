fn main() do
  let limit = 5
  while true do
    println("once")
    break
  end
  let xs = for i in 0..limit do
    while i > 100 do
      println("never")
    end
    i
  end
  println("${xs}")
end
