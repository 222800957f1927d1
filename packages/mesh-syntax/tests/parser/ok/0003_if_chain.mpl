fn grade(score :: Int) -> String do
  let g = if score >= 90 do "A" else if score >= 75 do "B" else "C" end
  if score < 0 do
    println("negative")
  end
  if not done && x != 3 or !ready do
    1
  else
    2
  end
end
