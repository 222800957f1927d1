fn t(tag :: String, v :: String) -> String do
  print(tag)
  v
end

fn main() do
  let r = t("recv", "a,b").split(t("arg", ","))
  println(" ${r}")
end
