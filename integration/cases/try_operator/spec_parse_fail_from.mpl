struct ParseFail do
  text :: String
end

impl From<String> for ParseFail do
  fn from(m :: String) -> ParseFail = ParseFail { text: "bad input: " <> m }
end

fn digit(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn sum_two(a :: String, b :: String) -> Int!ParseFail do
  Ok(digit(a)? + digit(b)?)
end

fn main() do
  case sum_two("4", "x") do
    Ok(n) -> println("${n}")
    Err(f) -> println(f.text)
  end
  case sum_two("4", "5") do
    Ok(n) -> println("${n}")
    Err(f) -> println(f.text)
  end
end
