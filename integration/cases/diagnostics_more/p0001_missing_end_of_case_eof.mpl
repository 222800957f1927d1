fn main() do
  let x = case 1 do
    1 -> "one"
    _ -> "other"
