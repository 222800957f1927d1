fn main() do
  let xs = [5, 3, 8, 1]
  let seen = List.map(xs, fn x do
    print("${x};")
    x * 2
  end)
  println("")
  println("${seen}")
  println("${List.filter(xs, fn x -> x > 2 end)}")
  let text = List.reduce(xs, "", fn acc, x -> acc <> "${x}" end)
  println(text)
  println("${map([1, 2], fn x -> x - 1 end)} ${filter([1, 2, 3], fn x -> x != 2 end)} ${reduce([1, 2, 3], 10, fn a, x -> a - x end)}")
end
