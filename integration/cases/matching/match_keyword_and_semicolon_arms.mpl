fn main() do
  let r = match 3 do 1 -> "one"; 3 -> "three"; _ -> "other" end
  println(r)
end
