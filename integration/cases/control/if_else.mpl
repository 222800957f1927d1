fn max(a :: Int, b :: Int) -> Int = if a > b do a else b end

fn main() do
  println("${max(3, 9)} ${max(12, -4)}")
  let word = if max(1, 2) == 2 do "two" else "other" end
  println(word)
end
