fn identity<T>(x :: T) -> T = x

fn main() do
  let n = identity(41) + 1
  let s = identity("text")
  let b = identity(true)
  let f = identity(2.5)
  println("${n} ${s} ${b} ${f}")
end
