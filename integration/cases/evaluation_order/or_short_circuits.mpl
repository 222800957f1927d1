fn t(tag :: String, v :: Bool) -> Bool do
  print(tag)
  v
end

fn main() do
  let a = t("a", true) or t("b", false)
  let b = t("c", false) || t("d", true)
  let c = t("e", true) && t("f", false)
  println(" ${a} ${b} ${c}")
end
