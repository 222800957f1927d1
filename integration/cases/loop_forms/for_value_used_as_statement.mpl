fn main() do
  for i in 0..3 do
    print("${i}")
  end
  println("")
  let fresh = for i in 0..3 do fn -> i end end
  println("${List.map(fresh, fn f -> f() end)}")
end
