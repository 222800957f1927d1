fn main() do
  let xs = [1, 2, 3, 4]
  let found = List.any(xs, fn x do
    print("a${x} ")
    x == 2
  end)
  let every = List.all(xs, fn x do
    print("b${x} ")
    x < 3
  end)
  println("")
  println("${found} ${every}")
end
