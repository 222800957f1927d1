struct P do
  a :: Int
  b :: Int
end deriving(Display)

fn t(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn base() -> P do
  print("base")
  P { a: 0, b: 0 }
end

fn main() do
  let p = %{base() | b: t("b", 2), a: t("a", 1)}
  println(" ${p}")
end
