fn main() do
  let fs = [fn x -> x end, fn x -> x + 1 end]
  let sorted = List.sort(fs)
  println("${List.length(sorted)}")
end
