fn round(i :: Int, total :: Int) -> Int do
  if i == 0 do
    total
  else
    let xs = Range.to_list(0..1000)
    let ys = List.map(xs, fn x -> x * 2 end)
    round(i - 1, total + List.reduce(ys, 0, fn a, x -> a + x end))
  end
end

fn main() do
  println("${round(2000, 0)}")
end
