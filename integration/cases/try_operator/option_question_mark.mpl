fn first_even_doubled(xs :: List<Int>) -> Int? do
  let e = List.find(xs, fn x -> x % 2 == 0 end)?
  Some(e * 2)
end

fn main() do
  println("${first_even_doubled([1, 4, 6])} ${first_even_doubled([1, 3])}")
end
