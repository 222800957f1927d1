fn yes_no(b :: Bool) -> String do
  case b do
    true -> "yes"
    false -> "no"
  end
end

fn main() do
  println(yes_no(1 < 2) <> "/" <> yes_no(1 > 2))
end
