fn gcd(a :: Int, b :: Int) -> Int = if b == 0 do a else gcd(b, a % b) end

fn power(base :: Int, exp :: Int) -> Int do
  case exp do
    0 -> 1
    _ -> base * power(base, exp - 1)
  end
end

fn main() do
  println("${gcd(1071, 462)} ${gcd(17, 5)} ${gcd(0, 9)}")
  println("${power(2, 10)} ${power(3, 0)} ${power(2, 62)} ${power(2, 63)} ${power(2, 64)}")
end
