fn main() do
  let a = %{"x" => 1, "y" => 2}
  let b = %{"y" => 2, "x" => 1}
  let c = %{"y" => 2, "x" => 5}
  println("${a == b} ${a == c} ${a != c}")
end
