struct Span<T> do
  low :: T
  high :: T
end deriving(Display, Eq)

fn widen(s :: Span<Int>, by :: Int) -> Span<Int> = %{s | low: s.low - by, high: s.high + by}

fn main() do
  let a = Span { low: 1, high: 9 }
  let b = Span { low: "a", high: "z" }
  println("${a} ${b} ${widen(a, 2)}")
  println("${widen(a, 0) == a} ${widen(a, 1) == a}")
end
