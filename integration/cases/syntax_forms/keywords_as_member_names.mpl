struct Box do
  value :: Int
end deriving(Display)

fn main() do
  let b = Box { value: 3 }
  println("${b.value} ${Map.get(%{"end" => 1}, "end")}")
  let q = Queue.push(Queue.new(), 1)
  println("${Queue.size(q)}")
end
