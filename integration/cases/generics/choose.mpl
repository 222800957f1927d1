fn choose<T>(pick_first :: Bool, a :: T, b :: T) -> T do
  if pick_first do a else b end
end

fn first(a, b) = a

fn main() do
  println(choose(true, "left", "right") <> choose(false, "-left", "-right"))
  println("${choose(false, 1, 2) * 10}")
  println("${first(7, "seven")} " <> first("eight", 8))
end
