fn walk(n :: Int, acc :: Int) -> Int do
  case n % 3 do
    0 -> if n == 0 do acc else walk(n - 1, acc + 3) end
    1 -> walk(n - 1, acc + 1)
    _ -> do
      let next = n - 1
      walk(next, acc)
    end
  end
end

fn main() do
  println("${walk(6000000, 0)}")
end
