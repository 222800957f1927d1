fn main() do
  let n = Math.floor(9.99) + 1
  let m = Math.round(2.5) * 2
  println("${n} ${m}")
end
