fn show(x :: Float) -> String = "${x / 2.0}"

fn main() do
  let n = 5
  println(show(n.into()))
  let s :: String = n.into()
  println(s <> "!")
end
