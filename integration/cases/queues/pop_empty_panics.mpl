fn main() do
  let q :: Queue<Int> = Queue.new()
  println("before")
  let (x, _) = Queue.pop(q)
  println("${x}")
end
