fn classify(n :: Int) -> String do
  let s = if n > 0 do
    "positive"
  else
    "other"
  s
end

fn main() do
  println(classify(1))
end
