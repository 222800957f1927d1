type Level do
  Low
  Mid(Int)
  High
end deriving(Eq, Ord, Display)

fn main() do
  println("${List.sort([High, Mid(5), Low, Mid(-1)])}")
  println("${Low < High} ${Mid(9) < High} ${Mid(2) > Mid(1)} ${compare(High, Low)}")
end
