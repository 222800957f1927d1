fn main() do
  let picked = for n in 1..20 when n % 3 == 0 do
    if n > 12 do break end
    if n == 6 do continue end
    n * n
  end
  println("${picked}")
  let sum = for {k, v} in %{"a" => 1, "b" => 2} do "${k}${v}" end
  println(String.join(sum, "+"))
end
