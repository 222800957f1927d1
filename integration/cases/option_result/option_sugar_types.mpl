fn lookup(m :: Map<String, Int>, k :: String) -> Int? = Map.fetch(m, k)

fn safe_div(a :: Int, b :: Int) -> Int!String do
  if b == 0 do Err("div by zero") else Ok(a / b) end
end

fn main() do
  let m = %{"a" => 1}
  println("${lookup(m, "a")} ${lookup(m, "z")} ${safe_div(7, 2)} ${safe_div(1, 0)}")
  let nested :: List<Int>?!String = Ok(Some([1]))
  println("${nested}")
end
