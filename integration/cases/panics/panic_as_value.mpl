fn safe_div(a :: Int, b :: Int) -> Int do
  if b == 0 do panic("safe_div: zero divisor") else a / b end
end

fn main() do
  println("${safe_div(9, 3)}")
  eprintln("about to fail")
  println("${safe_div(1, 0)}")
end
