fn main() do
  let xs = for i in 0..1000000 when i % 2 == 1 do i end
  println("${List.length(xs)} ${List.last(xs)} ${List.reduce(xs, 0, fn a, x -> a + x end)}")
end
