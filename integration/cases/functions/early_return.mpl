fn classify(n :: Int) -> String do
  if n < 0 do
    return "negative"
  end
  if n == 0 do return "zero" end
  "positive"
end

fn log_twice(msg :: String) do
  println(msg)
  if msg == "once" do
    return
  end
  println(msg)
end

fn main() do
  println(classify(-5))
  println(classify(0))
  println(classify(9))
  log_twice("once")
  log_twice("twice")
end
