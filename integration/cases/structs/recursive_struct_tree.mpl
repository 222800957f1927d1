struct Node do
  value :: Int
  children :: List<Node>
end

fn total(n :: Node) -> Int do
  List.reduce(n.children, n.value, fn acc, c -> acc + total(c) end)
end

fn depth(n :: Node) -> Int do
  List.reduce(n.children, 0, fn acc, c -> Math.max(acc, depth(c)) end) + 1
end

fn main() do
  let leaf = fn v -> Node { value: v, children: [] } end
  let tree = Node { value: 1, children: [leaf(2), Node { value: 3, children: [leaf(4), leaf(5)] }] }
  println("${total(tree)} ${depth(tree)}")
end
