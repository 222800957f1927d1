fn run(i :: Int, q :: Queue<Int>, out :: List<Int>) -> List<Int> do
  if i == 10 do
    out
  else
    let q2 = Queue.push(Queue.push(q, i), i * 100)
    let (x, q3) = Queue.pop(q2)
    run(i + 1, q3, List.append(out, x))
  end
end

fn main() do
  println("${run(0, Queue.new(), [])}")
end
