fn main() do
  let squares = for n in 1..6 when n % 2 == 1 do n * n end
  println("${squares}")
  let none = for n in 10..0 do n end
  println("${none} ${0..5}")
  for w in ["a", "b"] do
    println("item ${w}")
  end
  let pairs = for (i, w) in List.enumerate(["x", "y"]) do "${i}=${w}" end
  println(String.join(pairs, ","))
end
