fn main() do
  let a = 1 + 2 * 3 - 4 / 5 % 6
  let b = -x * y
  let c = not a == b
  let d = 0..n + 1
  let e = a <> b == c ++ d
  let f = a < b and c >= d or e && f || g
  let g = xs |> f() or g
  let h = a == b == c
  let i = -f(x).y[0]?
end
