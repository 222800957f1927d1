fn main() do
  let t = ("kiwi", 3, true)
  println("${Tuple.first(t)} ${Tuple.second(t)} ${Tuple.size(t)}")
  let p = (1.5, "x")
  println("${Tuple.first(p)} ${Tuple.second(p)} ${Tuple.size(p)}")
end
