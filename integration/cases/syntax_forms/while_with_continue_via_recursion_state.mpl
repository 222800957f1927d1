fn main() do
  let xs = for i in 0..10 do
    if i % 3 == 0 do continue end
    while false do
      continue
    end
    i
  end
  println("${xs}")
end
