fn double(x :: Int) -> Int = x * 2

fn apply_twice(f :: Fun(Int) -> Int, x :: Int) -> Int = f(f(x))

fn main() do
  println("${apply_twice(double, 3)} ${List.map([1, 2], double)} ${List.map(["a", "bc"], String.length)}")
  let fs = [double, fn x -> x + 1 end]
  println("${List.map(fs, fn f -> f(10) end)}")
end
