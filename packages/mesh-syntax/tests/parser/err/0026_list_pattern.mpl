fn f(xs) do
  case xs do
    [only] -> 1
    _ -> 2
  end
end
