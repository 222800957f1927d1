fn main() do
  let x = case 1 do
    1 -> case 2 do
      2 -> "two"
      _ -> "other"
    _ -> "none"
  end
  println(x)
end
