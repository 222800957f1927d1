fn main() do
  print("a")
  print("b")
  println("c")
  println("")
  print("d\n")
  print("")
  println("e")
  print("no newline at the end")
end
