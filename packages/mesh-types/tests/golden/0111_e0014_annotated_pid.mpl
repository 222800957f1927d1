# E0014 the message type comes from a `Pid<...>` annotation
fn notify(target :: Pid<String>, n :: Int) do
  send(target, n)
end

fn main() do
  notify(self(), 1)
end
