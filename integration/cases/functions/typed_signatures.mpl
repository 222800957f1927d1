fn area(w :: Float, h :: Float) -> Float = w * h

fn label(name :: String, count :: Int) -> String do
  name <> ": " <> count.to_string()
end

fn is_big(n :: Int) -> Bool = n > 100

fn main() do
  println("${area(3.0, 2.5)}")
  println(label("apples", 12))
  println("${is_big(7)} ${is_big(700)}")
end
