fn sum(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    h :: t -> h + sum(t)
  end
end

fn status(a :: Atom) -> String do
  case a do
    :ok -> "fine"
    :error -> "bad"
    _ -> "other"
  end
end

fn main() do
  println("${sum([1, 2, 3, 4])} ${sum([])}")
  println(status(:ok) <> " " <> status(:error) <> " " <> status(:zzz))
end
