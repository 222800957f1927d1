fn main() do
  let grid = for i in 0..4 do
    for j in 0..4 do
      if j > i do break end
      i * 10 + j
    end
  end
  println("${grid}")
end
