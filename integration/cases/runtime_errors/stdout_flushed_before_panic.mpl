fn main() do
  print("partial line, ")
  print("no newline")
  let zero = 0
  println("${1 / zero}")
end
