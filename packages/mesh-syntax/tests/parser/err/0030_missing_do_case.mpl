fn main() do
  let s = case 2
    1 -> "one"
    _ -> "other"
  end
  println(s)
end
