fn sum(xs :: List<Int>, acc :: Int) -> Int do
  case xs do
    [] -> acc
    h :: t -> sum(t, acc + h)
  end
end

fn main() do
  println("${sum(Range.to_list(0..20000), 0)}")
end
