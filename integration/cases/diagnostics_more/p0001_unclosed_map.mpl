fn main() do
  let m = %{"a" => 1, "b" => 2
  println("x")
end
