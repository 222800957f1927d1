fn main() do
  let stock = %{"apples" => 12, "pears" => 0, "kiwis" => 5}
  for {sku, qty} in stock do
    println("${sku}: ${qty}")
  end
  let totals = for (k, v) in stock when v > 0 do String.length(k) * v end
  println("${totals}")
  let pairs = for entry in stock do entry end
  println("${pairs}")
end
