fn main() do
  let xs = Range.to_list(0..1000000)
  let total = List.reduce(xs, 0, fn acc, x -> acc + x end)
  let doubled = List.map(xs, fn x -> x * 2 end)
  println("${List.length(xs)} ${total} ${List.last(doubled)} ${doubled[500000]}")
  let evens = List.filter(xs, fn x -> x % 2 == 0 end)
  println("${List.length(evens)}")
end
