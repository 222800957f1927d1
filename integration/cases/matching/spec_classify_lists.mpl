fn classify(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    _ :: [] -> "one"
    a :: b :: _ when a > b -> "falling"
    _ -> "many"
  end
end

fn main() do
  println(classify([]) <> " " <> classify([4]) <> " " <> classify([5, 2, 8]) <> " " <> classify([1, 9]))
end
