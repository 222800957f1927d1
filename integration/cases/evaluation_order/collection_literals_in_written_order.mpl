fn t(tag :: String, v :: Int) -> Int do
  print(tag)
  v
end

fn main() do
  let xs = [t("1", 1), t("2", 2)]
  let tup = (t("3", 3), t("4", 4))
  let m = %{t("k1", 1) => t("v1", 10), t("k2", 2) => t("v2", 20)}
  println(" ${xs} ${tup} ${m}")
end
