fn parse_all(xs :: List<String>) -> List<Int>!String do
  Ok([])
end
let pick :: Fun(Map<String, Int>, String) -> Int? = fn m, k -> Map.fetch(m, k) end
fn f(a :: (Int, String), b :: (), c :: Option<Fun() -> Int>, d :: A!B!C, e :: List<Int>?!String) -> Billing.Invoice = a
