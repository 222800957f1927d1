fn main() do
  let stock = %{"apples" => 12}
  let body = json { status: "ok", kinds: Map.size(stock), ratio: 0.5, tags: ["a"], inner: json { deep: true } }
  println(body)
end
