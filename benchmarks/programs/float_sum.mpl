# Float arithmetic in a tail loop: a partial sum of the Leibniz series for pi
# (reference: reference/float_sum.go).
fn leibniz(k :: Int, n :: Int, acc :: Float) -> Float do
  if k == n do
    acc * 4.0
  else
    let term = 1.0 / Int.to_float(2 * k + 1)
    if k % 2 == 0 do leibniz(k + 1, n, acc + term) else leibniz(k + 1, n, acc - term) end
  end
end

fn main() do
  println("${leibniz(0, 50000000, 0.0)}")
end
