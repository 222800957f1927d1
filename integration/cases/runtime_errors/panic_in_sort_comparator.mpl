fn main() do
  let xs = List.sort([3, 1, 2], fn a, b do
    if a == 2 or b == 2 do panic("cannot compare 2") end
    a - b
  end)
  println("${xs}")
end
