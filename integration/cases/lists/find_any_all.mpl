fn main() do
  let xs = [4, 9, 12, 15]
  println("${List.find(xs, fn x -> x > 10 end)} ${List.find(xs, fn x -> x > 100 end)}")
  println("${List.any(xs, fn x -> x % 2 == 1 end)} ${List.all(xs, fn x -> x > 3 end)} ${List.all(xs, fn x -> x > 4 end)}")
end
