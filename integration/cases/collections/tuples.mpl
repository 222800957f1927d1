fn bounds(a :: Int, b :: Int) -> (Int, Int) = if a < b do (a, b) else (b, a) end

fn main() do
  let (lo, hi) = bounds(9, 2)
  println("${lo} ${hi}")
  let pair = (1, "kiwi")
  println("${pair} ${(1, (2.5, true))}")
  case pair do
    (0, _) -> println("zero")
    (n, s) -> println("${s} x${n}")
  end
end
