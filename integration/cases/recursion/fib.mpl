fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
  end
end

fn main() do
  println("${fib(0)} ${fib(1)} ${fib(2)} ${fib(10)} ${fib(20)}")
  println("${fib(25)}")
end
