fn main() do
  let m = %{"k" => 1, "j" => 2, "k" => 3}
  println("${m} ${Map.size(m)}")
end
