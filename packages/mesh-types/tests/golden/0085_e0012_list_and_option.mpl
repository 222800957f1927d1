# E0012 lists and nested options
fn f(xs :: List<Int?>) -> Int do
  case xs do
    [] -> 0
    Some(x) :: _ -> x
  end
end

fn main() do
  println("${f([])}")
end
