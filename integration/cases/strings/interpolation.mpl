fn main() do
  let who = "Ada"
  let n = 3
  println("${who} has ${n * 2} tickets")
  println("${n}${n}${who}")
  println("flag=${n > 2}, ratio=${Int.to_float(n) / 2.0}")
  println("${"literal"} and ${who <> "!"}")
  println("cost: \$${n}.00")
end
