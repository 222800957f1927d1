fn main() do
  let a = %{"x" => 1, "y" => 2}
  let b = %{"z" => 3, "x" => 9}
  println("${Map.merge(a, b)}")
  println("${Map.merge(b, a)}")
  println("${a} ${b}")
end
