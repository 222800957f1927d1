fn main() do
  let x = 1
  let _ = println("side")
  let (lo, hi) = (1, 2)
  let ((a, b), c) :: ((Int, Int), Int) = ((1, 2), 3)
  let limit :: Int = hi - lo; let y = 2
end
