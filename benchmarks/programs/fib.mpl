# Call-heavy: naive doubly recursive Fibonacci (reference: reference/fib.c).
fn fib(n :: Int) -> Int = if n < 2 do n else fib(n - 1) + fib(n - 2) end

fn main() do
  println("${fib(38)}")
end
