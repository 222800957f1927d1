fn weird(n :: Int) -> Int do
  case n % 3 do
    0 -> do
      let half = n / 2
      if half > 3 do half else 0 end
    end
    1 -> case n do
      1 -> 100
      _ -> n * 10
    end
    _ -> -n
  end
end

fn main() do
  println("${weird(0)} ${weird(12)} ${weird(1)} ${weird(4)} ${weird(5)}")
end
