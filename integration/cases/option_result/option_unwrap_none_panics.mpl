fn main() do
  let o :: String? = None
  println("start")
  println(Option.unwrap(o))
end
