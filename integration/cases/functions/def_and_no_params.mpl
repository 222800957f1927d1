def triple(x) = x * 3

fn answer do
  42
end

pub fn shout(s :: String) -> String = s <> "!"

fn main() do
  println("${triple(answer())}")
  println(shout("hey"))
end
