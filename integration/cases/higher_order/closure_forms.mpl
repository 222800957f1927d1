fn main() do
  let a = fn(x, y) -> x + y end
  let b = fn x, y -> x * y end
  let c = fn(x :: Int) -> x * 2 end
  let d = fn -> 99 end
  let e = fn do
    let t = 1
    t + 1
  end
  let f = fn x do x - 1 end
  println("${a(1, 2)} ${b(3, 4)} ${c(5)} ${d()} ${e()} ${f(0)}")
end
