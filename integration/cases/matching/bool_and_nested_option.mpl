fn f(x :: Option<Option<Bool>>) -> String do
  case x do
    None -> "none"
    Some(None) -> "some none"
    Some(Some(true)) -> "yes"
    Some(Some(false)) -> "no"
  end
end

fn main() do
  println(f(None) <> " " <> f(Some(None)) <> " " <> f(Some(Some(true))) <> " " <> f(Some(Some(false))))
end
