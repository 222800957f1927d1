fn grade(score :: Int) -> String do
  if score >= 90 do "A" else if score >= 75 do "B" else if score >= 50 do "C" else "F" end
end

fn main() do
  println(grade(95) <> grade(80) <> grade(50) <> grade(3))
  let n = 0
  if n > 0 do
    println("positive")
  else if n < 0 do
    println("negative")
  else
    println("zero")
  end
end
