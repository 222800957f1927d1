fn main() do
  let it = Iter.from([1, 2, 3])
  let first = List.collect(it)
  let again = List.collect(it)
  println("${first} ${again}")
end
