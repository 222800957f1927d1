fn main() do
  let squares = for n in 1..6 when n % 2 == 1 do n * n end
  for {sku, qty} in stock do
    println("${sku}: ${qty}")
  end
  for (k, v) in m do k end
  let mut_free = for line in lines do
    if line == "" do continue end
    if line == "EOF" do break end
    String.trim(line)
  end
  while i < 10 do
    i
  end
  return
end
