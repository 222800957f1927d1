fn value(t :: (Atom, Int)) -> Int do
  case t do
    (:add, n) | (:plus, n) -> n
    (:sub, n) -> 0 - n
    _ -> 0
  end
end

fn main() do
  println("${value((:add, 3))} ${value((:plus, 4))} ${value((:sub, 5))} ${value((:mul, 6))}")
end
