fn main() do
  println("${Range.to_list(-3..2)} ${Range.length(-5..-2)}")
  let total = for i in -2..3 do i * 10 end
  println("${total}")
end
