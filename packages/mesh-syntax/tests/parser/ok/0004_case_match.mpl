fn describe(x) do
  case x do
    0 -> "zero"
    -1 -> "minus one"
    1.5 -> "float"
    "s" -> "string"
    true -> "yes"
    :ok -> "atom"
    n when n > 10 -> "big"
    _ -> "other"
  end
  match reading do
    (:temp, t) when t > 40 -> "hot"
    (:temp, _) | (:humidity, _) -> "normal"
    _ -> "unknown"
  end
end
