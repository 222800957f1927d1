fn summary(xs) do
  case xs do
    [] -> "empty"
    Shape.Circle(r) :: _ when r > 10.0 -> "starts big"
    (Dot | Rect(_, _)) :: rest as all -> "${List.length(all)} shapes"
    _ :: [] -> "one"
    a :: b :: _ when a > b -> "falling"
    () -> "unit"
    -2.5 -> "neg"
    nil -> "nil"
    _ :: _ -> "other"
  end
end
