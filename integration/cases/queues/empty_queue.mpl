fn main() do
  let q :: Queue<Int> = Queue.new()
  println("${Queue.size(q)} ${Queue.is_empty(q)}")
  let (x, rest) = Queue.pop(Queue.push(q, 7))
  println("${x} ${Queue.is_empty(rest)} ${Queue.size(rest)}")
end
