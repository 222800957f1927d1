fn render(title :: String, opts :: Map<String, String>) -> String do
  "${title} ${opts} ${Map.size(opts)}"
end

fn main() do
  println(render("Q3", footer: "draft", by: "me"))
end
