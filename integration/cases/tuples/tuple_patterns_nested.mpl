fn describe(t :: (Int, (String, Bool))) -> String do
  case t do
    (0, (_, true)) -> "zero-yes"
    (n, (s, false)) when n > 5 -> "big-${s}"
    (n, (s, _)) -> "${n}-${s}"
  end
end

fn main() do
  let (a, (b, c)) = (1, ("x", false))
  println("${a} ${b} ${c}")
  println(describe((0, ("q", true))) <> " " <> describe((9, ("w", false))) <> " " <> describe((2, ("e", true))))
end
