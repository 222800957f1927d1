fn main() do
  let r = 10..0
  println("${r} ${Range.length(r)} ${Range.to_list(r)} ${Range.length(3..3)}")
  let xs = for i in 5..5 do i end
  println("${xs} ${for i in 3..1 do i end}")
end
