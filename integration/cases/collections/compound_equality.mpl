fn main() do
  println("${[1, 2] < [1, 3]} ${[1] < [1, 0]} ${[1, 2] == [1, 2]} ${[1, 2] != [2, 1]}")
  let e :: List<Int> = []
  println("${e < [0]} ${(1, "b") < (1, "c")} ${(2, "a") > (1, "z")}")
  println("${Some(1) == Some(1)} ${%{"a" => 1, "b" => 2} == %{"b" => 2, "a" => 1}}")
  println("${None < Some(0)}")
end
