fn main() do
  let n = 3
  let r = 0..n + 1
  println("${r} ${Range.length(r)}")
  println("${(1..4) == Range.new(1, 4)} ${(1..4) == (1..5)}")
end
