fn main() do
  println("before")
  print("partial line ")
  panic("boom")
  println("after")
end
