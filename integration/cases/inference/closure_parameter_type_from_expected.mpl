fn apply(f :: Fun(String, Int) -> String, s :: String) -> String = f(s, 2)

fn main() do
  println(apply(fn s, n -> String.slice(s, 0, n) <> s.upper() end, "abc"))
end
