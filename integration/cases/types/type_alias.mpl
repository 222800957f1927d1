type Score = Int
type Pair<T> = (T, T)

fn best(p :: Pair<Score>) -> Score do
  let (a, b) = p
  if a > b do a else b end
end

fn main() do
  let p :: Pair<Score> = (3, 9)
  println("${best(p)} ${p}")
end
