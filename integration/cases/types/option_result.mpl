fn find(xs :: List<Int>, target :: Int) -> Int? do
  case List.find(xs, fn x -> x == target end) do
    Some(v) -> Some(v * 10)
    None -> None
  end
end

fn parse(s :: String) -> Int!String do
  case s do
    "one" -> Ok(1)
    _ -> Err("unknown: " <> s)
  end
end

fn main() do
  println("${find([1, 2], 2)} ${find([1, 2], 3)}")
  println("${parse("one")} ${parse("two")}")
  let r :: Result<Int, String> = Ok(5)
  println("${r}")
end
