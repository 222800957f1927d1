fn half(n :: Int) -> Int!String do
  if n % 2 == 0 do Ok(n / 2) else Err("odd ${n}") end
end

fn quarter(n :: Int) -> Int!String do
  let h = half(n)?
  half(h)
end

fn first_even(xs :: List<Int>) -> Int? do
  let x = List.find(xs, fn x -> x % 2 == 0 end)?
  Some(x + 100)
end

fn main() do
  println("${quarter(8)} ${quarter(6)} ${quarter(5)}")
  println("${first_even([1, 4])} ${first_even([1, 3])}")
end
