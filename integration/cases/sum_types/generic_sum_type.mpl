type Tree<T> do
  Leaf
  Branch(Tree<T>, T, Tree<T>)
end

fn insert(t :: Tree<Int>, v :: Int) -> Tree<Int> do
  case t do
    Leaf -> Branch(Leaf, v, Leaf)
    Branch(l, x, r) -> if v < x do Branch(insert(l, v), x, r) else Branch(l, x, insert(r, v)) end
  end
end

fn to_list(t :: Tree<Int>) -> List<Int> do
  case t do
    Leaf -> []
    Branch(l, x, r) -> to_list(l) ++ [x] ++ to_list(r)
  end
end

fn main() do
  let t = List.reduce([5, 2, 8, 1, 9, 3], Leaf, fn acc, v -> insert(acc, v) end)
  println("${to_list(t)}")
end
