fn render(title :: String, opts :: Map<String, String>) -> String do
  let pairs = for {k, v} in opts do "${k}=${v}" end
  title <> " " <> String.join(pairs, "&")
end

fn main() do
  println(render("Q3", footer: "draft", lang: "en"))
  println(render("Q4", lang: "fr"))
end
