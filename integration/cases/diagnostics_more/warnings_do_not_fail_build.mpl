type Mood do
  Calm
  Tense(Int)
end

fn rate(m :: Mood) -> Int do
  case m do
    Calm -> 0
    _ -> 1
    Tense(n) -> n
  end
end

fn main() do
  let unused = 5
  println("${rate(Tense(3))}")
end
