# E0015 `self()` in an ordinary function, even one only `main` calls
fn whoami() -> String do
  "${self()}"
end

fn main() do
  println(whoami())
end
