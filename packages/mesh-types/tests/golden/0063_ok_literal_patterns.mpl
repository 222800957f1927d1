# ok literal patterns of every scalar type
fn f(s :: String, x :: Float, u :: ()) -> Int do
  let a = case s do
    "GET" -> 1
    "a\tb" -> 2
    _ -> 0
  end
  let b = case x do
    -0.5 -> 1
    2.5 -> 2
    _ -> 0
  end
  let c = case u do
    () -> 3
  end
  a + b + c
end

fn main() do
  println("${f("GET", 2.5, ())}")
end
