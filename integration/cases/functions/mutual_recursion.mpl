fn main() do
  println("${is_even(10)} ${is_odd(10)} ${is_even(7)}")
end

fn is_even(n :: Int) -> Bool = if n == 0 do true else is_odd(n - 1) end

fn is_odd(n :: Int) -> Bool = if n == 0 do false else is_even(n - 1) end
