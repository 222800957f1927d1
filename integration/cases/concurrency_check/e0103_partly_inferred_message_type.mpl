actor relay() do
  receive do
    (from, x) -> send(from, x)
  end
end

fn main() do
  let _ = spawn(relay)
end
