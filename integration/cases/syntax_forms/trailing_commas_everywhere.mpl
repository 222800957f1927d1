fn add(a :: Int, b :: Int,) -> Int = a + b

fn main() do
  let xs = [1, 2, 3,]
  let t = (1, "a",)
  let m = %{"k" => 1,}
  println("${add(1, 2,)} ${xs} ${t} ${m}")
end
