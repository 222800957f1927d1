fn drain(q :: Queue<String>, acc :: List<String>) -> List<String> do
  if Queue.is_empty(q) do
    acc
  else
    let (x, rest) = Queue.pop(q)
    drain(rest, List.append(acc, x))
  end
end

fn main() do
  let q = Queue.push(Queue.push(Queue.push(Queue.new(), "a"), "b"), "c")
  println("${Queue.size(q)} ${Queue.peek(q)} ${Queue.is_empty(q)}")
  println("${drain(q, [])}")
  println("${Queue.size(q)}")
end
