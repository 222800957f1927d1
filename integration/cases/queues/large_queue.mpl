fn fill(i :: Int, q :: Queue<Int>) -> Queue<Int> do
  if i == 100000 do q else fill(i + 1, Queue.push(q, i)) end
end

fn sum(q :: Queue<Int>, acc :: Int) -> Int do
  if Queue.is_empty(q) do
    acc
  else
    let (x, rest) = Queue.pop(q)
    sum(rest, acc + x)
  end
end

fn main() do
  let q = fill(0, Queue.new())
  println("${Queue.size(q)} ${Queue.peek(q)} ${sum(q, 0)}")
end
