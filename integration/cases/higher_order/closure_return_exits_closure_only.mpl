fn main() do
  let classify = fn n do
    if n < 0 do
      return "negative"
    end
    "non-negative"
  end
  println(classify(-1) <> " " <> classify(3))
  println("after")
end
