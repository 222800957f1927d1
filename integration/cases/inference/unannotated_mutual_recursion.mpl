fn ping(n, acc) = if n == 0 do acc else pong(n - 1, acc <> "i") end
fn pong(n, acc) = if n == 0 do acc else ping(n - 1, acc <> "o") end

fn main() do
  println(ping(5, ">"))
end
