fn apply(f, x) = f(x)

fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int = f(f(x))

fn main() do
  let add = fn(x, y) -> x + y end
  let double = fn x -> x * 2 end
  let answer = fn -> 42 end
  let shout = fn(s :: String) do
    let up = String.upper(s)
    up <> "!"
  end
  let sign = fn
    n when n > 0 -> 1
    | 0 -> 0
    | _ -> -1
  end
  println("${add(2, 3)} ${double(21)} ${answer()}")
  println(shout("hey"))
  println("${sign(5)} ${sign(0)} ${sign(-5)}")
  println("${apply(double, 4)} ${apply_twice(fn x -> x + 3 end, 10)}")
end
