fn main() do
  let f :: Float = 3.into()
  let s :: String = 42.into()
  let t :: String = true.into()
  let u :: String = 2.5.into()
  println("${f} ${s} ${t} ${u}")
  println("${Float.from(7)} ${String.from(8) <> "!"}")
end
