fn main() do
  let xs = [1, 2, 3]
  let empty :: List<Int> = []
  println("${xs} ${empty} ${[[1], []]} ${["a", "b"]}")
  println("${List.length(xs)} ${List.head(xs)} ${List.last(xs)} ${List.get(xs, 1)} ${xs[2]}")
  println("${List.append(xs, 4)} ${List.reverse(xs)} ${List.concat(xs, [9])} ${[0] ++ xs}")
  let squares = xs |> List.map(fn x -> x * x end)
  let odd = List.filter(squares, fn x -> x % 2 == 1 end)
  println("${squares} ${odd} ${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  println("${List.sort([3, 1, 2])} ${List.contains(xs, 2)} ${List.take(xs, 5)} ${List.drop(xs, 1)}")
end
