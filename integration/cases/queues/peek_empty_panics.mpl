fn main() do
  let q :: Queue<String> = Queue.new()
  println(Queue.peek(q))
end
