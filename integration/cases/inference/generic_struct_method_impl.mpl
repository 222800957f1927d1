struct Stack<T> do
  items :: List<T>
end

interface Container do
  type Item
  fn size(self) -> Int
  fn top(self) -> Self.Item?
end

impl Container for Stack<T> do
  type Item = T
  fn size(self) -> Int = List.length(self.items)
  fn top(self) -> T? = if List.length(self.items) == 0 do None else Some(List.last(self.items)) end
end

fn main() do
  let s = Stack { items: [1, 2, 3] }
  let e = Stack { items: ["x"] }
  println("${s.size()} ${s.top()} ${e.top()}")
end
