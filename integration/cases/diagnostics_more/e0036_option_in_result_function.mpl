fn parse(s :: String) -> Int!String do
  let n = String.to_int(s)?
  Ok(n)
end

fn main() do
  println("${parse("1")}")
end
