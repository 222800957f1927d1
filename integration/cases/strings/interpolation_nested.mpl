fn wrap(s :: String) -> String = "[" <> s <> "]"

fn main() do
  let n = 4
  println("total: ${wrap("${n} items")}")
  println("${wrap("a ${wrap("b ${wrap("c ${n + 1}")}")}")}")
end
