fn whoami() -> String do
  "${self()}"
end

fn main() do
  println(whoami())
end
