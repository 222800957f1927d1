fn t(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn main() do
  let x = if t("c", 1) > 0 do t("then", 1) else t("else", 2) end
  let y = case t("s", 2) do
    1 -> t("one", 1)
    _ -> t("other", 0)
  end
  println(" ${x} ${y}")
end
