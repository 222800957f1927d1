fn f(n :: Int) -> String do
  let s = case n do
    0 -> "zero"
    _ -> "many"
  let t = s <> "!"
  t
end

fn main() do
  println(f(1))
end
