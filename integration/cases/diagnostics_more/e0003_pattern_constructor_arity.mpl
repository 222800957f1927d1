fn f(o :: Option<Int>) -> Int do
  case o do
    Some(a, b) -> a
    None -> 0
  end
end

fn main() do
  println("${f(None)}")
end
