fn describe(o :: Ordering) -> String do
  case o do
    Less -> "lt"
    Equal -> "eq"
    Greater -> "gt"
  end
end

fn main() do
  println(describe(compare(1, 2)) <> describe(compare("b", "b")) <> describe(compare(3.5, 1.0)))
  println("${Less < Equal} ${Greater > Equal} ${[Greater, Less]}")
end
