fn main() do
  let s = Set.from_list([10, 20, 10, 30])
  let doubled = for x in s do x * 2 end
  println("${doubled}")
end
