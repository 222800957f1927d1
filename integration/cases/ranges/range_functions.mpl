fn main() do
  let r = Range.new(2, 6)
  println("${r} ${Range.length(r)} ${Range.to_list(r)}")
  println("${Range.map(r, fn i -> i * i end)} ${Range.filter(r, fn i -> i % 2 == 0 end)}")
  println("${Range.map(0..3, fn i -> "#${i}" end)}")
end
