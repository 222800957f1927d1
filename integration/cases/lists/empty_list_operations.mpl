fn main() do
  let empty :: List<Int> = List.new()
  println("${empty} ${List.length(empty)} ${List.reverse(empty)}")
  println("${List.map(empty, fn x -> x + 1 end)} ${List.filter(empty, fn x -> x > 0 end)}")
  println("${List.reduce(empty, 7, fn acc, x -> acc + x end)}")
  println("${List.any(empty, fn x -> x > 0 end)} ${List.all(empty, fn x -> x > 0 end)}")
  println("${List.find(empty, fn x -> x > 0 end)} ${List.contains(empty, 1)}")
  println("${List.sort(empty)} ${List.take(empty, 3)} ${List.drop(empty, 3)} ${List.concat(empty, empty)}")
  println("${List.zip(empty, ["a"])} ${List.enumerate(empty)} ${List.flatten([empty, empty])}")
end
