fn main() do
  let xs = [1, 2, 3]
  println("${List.take(xs, 2)} ${List.take(xs, 0)} ${List.take(xs, -4)} ${List.take(xs, 99)}")
  println("${List.drop(xs, 2)} ${List.drop(xs, 0)} ${List.drop(xs, -1)} ${List.drop(xs, 99)}")
end
