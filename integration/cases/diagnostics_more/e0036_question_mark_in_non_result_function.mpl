fn parse(s :: String) -> Int do
  let n = String.to_int(s)?
  n
end

fn main() do
  println("${parse("1")}")
end
