actor echo() do
  receive do
    (from, msg) -> do
      send(from, "echo: " <> msg)
      echo()
    end
  end
end

fn main() do
  let pid = spawn(echo)
  send(pid, (self(), "ping"))
  receive do
    reply -> println(reply)
  end
  send(pid, (self(), "pong"))
  receive do
    reply -> println(reply)
  end
end
